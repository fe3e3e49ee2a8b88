import { Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/** A TCP connect that takes longer than this is given up (and retried in the background). */
const CONNECT_TIMEOUT_MS = 1_000;
/** A command that has no answer by then fails: a hung Redis must not hang a request. */
const COMMAND_TIMEOUT_MS = 1_000;
/**
 * The first caller waits at most this long for the connection to become ready (TCP connect and
 * ioredis's ready check, which connectTimeout alone does not bound).
 */
const FIRST_READY_WAIT_MS = 1_500;

/**
 * The process's one plain Redis connection (REDIS_URL), opened on first use and closed on
 * shutdown. Commands fail at once while it is down (no offline queue), so a caller can fall back
 * instead of waiting; ioredis reconnects in the background. BullMQ keeps connections of its own:
 * its workers need blocking commands and retries that this one refuses on purpose.
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnection.name);
  private client?: Redis;
  private firstReady?: Promise<void>;
  private down = false;
  private closed = false;

  constructor(private readonly url: string | undefined) {}

  get configured(): boolean {
    return this.url !== undefined;
  }

  /** The connection, ready unless Redis is unreachable (its commands then fail fast). */
  async connection(): Promise<Redis> {
    if (!this.url) throw new Error('REDIS_URL is not set');
    if (this.closed) throw new Error('the Redis connection was closed at shutdown');
    if (!this.client) {
      this.client = this.open(this.url);
      this.firstReady = this.waitForFirstReady(this.client);
    }
    await this.firstReady;
    return this.client;
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.closed = true;
    this.client = undefined;
    if (!client) return;
    // quit() lets answers in flight arrive; when it cannot be sent (Redis down), just drop.
    await client.quit().catch(() => client.disconnect());
  }

  private open(url: string): Redis {
    const client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      // At shutdown a socket that already failed never reports closing: do not wait 2 s for it.
      disconnectTimeout: 300,
      // Which process holds it, for CLIENT LIST.
      connectionName: `saraban-${process.pid}`,
    });
    client.on('error', (error: Error) => this.failed(error));
    client.on('ready', () => this.recovered());
    return client;
  }

  private async waitForFirstReady(client: Redis): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FIRST_READY_WAIT_MS);
    });
    // A failed first connect is retried by ioredis; callers go on without it meanwhile.
    await Promise.race([client.connect().catch(() => undefined), deadline]);
    clearTimeout(timer);
  }

  /** ioredis reports every failed reconnect: one line per outage is enough. */
  private failed(error: Error): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn(`Redis at ${redactedUrl(this.url)} unreachable: ${error.message}`);
  }

  private recovered(): void {
    if (this.down) this.logger.log(`Redis at ${redactedUrl(this.url)} reachable again`);
    this.down = false;
  }
}

/** The URL without its password, for the log. */
export function redactedUrl(url: string | undefined): string {
  if (!url) return '(none)';
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
