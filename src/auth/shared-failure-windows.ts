import { Logger } from '@nestjs/common';
import type { RedisConnection } from '../redis/redis-connection';
import { Counted, FailureWindow, FailureWindows, MemoryFailureWindow } from './failure-window';
import { RedisFailureWindow } from './redis-failure-window';

/** Keys of the sign-in windows in Redis: `saraban:signin:<window>:<key>`. */
export const SIGNIN_KEY_PREFIX = 'saraban:signin:';
/** While Redis stays unreachable, the error is repeated this often, not for every attempt. */
const REPEAT_ERROR_MS = 60_000;
/** Stamps of failures counted in the local window, so forgive() knows where to look. */
const LOCAL = 'local:';

/**
 * With REDIS_URL: every window in Redis, shared by all instances. When Redis cannot answer, a
 * sign-in is neither refused nor kept waiting: this instance counts in its own memory (as the
 * embedded default does) and says so in the error log. An office can still sign in, and the
 * budget stays bounded: at most the number of instances times the usual one.
 */
export class SharedFailureWindows extends FailureWindows {
  private readonly outage = new OutageLog();

  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix = SIGNIN_KEY_PREFIX,
  ) {
    super();
  }

  open(name: string, ttlMs: number, cap: number): FailureWindow {
    return new FallbackFailureWindow(
      new RedisFailureWindow(this.redis, `${this.prefix}${name}:`, ttlMs, cap),
      new MemoryFailureWindow(ttlMs, cap),
      this.outage,
    );
  }
}

/** The shared window, or the local one for as long as the shared one fails. */
export class FallbackFailureWindow implements FailureWindow {
  constructor(
    private readonly shared: FailureWindow,
    private readonly local: FailureWindow,
    private readonly outage: OutageLog,
  ) {}

  add(key: string, now: number, limit?: number): Promise<Counted> {
    return this.either(
      () => this.shared.add(key, now, limit),
      async () => {
        const counted = await this.local.add(key, now, limit);
        return counted.stamp ? { ...counted, stamp: LOCAL + counted.stamp } : counted;
      },
    );
  }

  count(key: string, now: number): Promise<number> {
    return this.either(
      () => this.shared.count(key, now),
      () => this.local.count(key, now),
    );
  }

  forgive(key: string, stamp: string): Promise<void> {
    if (stamp.startsWith(LOCAL)) return this.local.forgive(key, stamp.slice(LOCAL.length));
    // Not taken back when Redis is down: it then ages out with the window.
    return this.either(
      () => this.shared.forgive(key, stamp),
      () => Promise.resolve(),
    );
  }

  retryAfterMs(key: string, now: number): Promise<number> {
    return this.either(
      () => this.shared.retryAfterMs(key, now),
      () => this.local.retryAfterMs(key, now),
    );
  }

  private async either<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await shared();
    } catch (error) {
      this.outage.failed(error);
      return local();
    }
    this.outage.succeeded();
    return result;
  }
}

/** One error line when Redis starts failing (repeated each minute), one line when it is back. */
export class OutageLog {
  private readonly logger = new Logger('LoginThrottle');
  private since?: number;
  private lastError = 0;

  failed(error: unknown): void {
    const now = Date.now();
    this.since ??= now;
    if (now - this.lastError < REPEAT_ERROR_MS) return;
    this.lastError = now;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(
      `Redis unavailable (${reason}): sign-in failures are counted by this instance only, ` +
        'so each instance allows its own budget until Redis answers again',
    );
  }

  succeeded(): void {
    if (this.since === undefined) return;
    const seconds = Math.round((Date.now() - this.since) / 1000);
    this.logger.log(`Redis answers again after ${seconds} s: sign-in failures are shared again`);
    this.since = undefined;
    this.lastError = 0;
  }
}
