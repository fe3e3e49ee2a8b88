// Redis for the tests: the machine's server (TEST_REDIS_URL, default 127.0.0.1:6379) for shared
// counting, and throwaway redis-server processes on free ports for outages (killed, paused,
// restarted) that must not disturb anyone else using the machine's server.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import Redis from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379/0';

/** A key prefix of its own for one test run, so runs on one server never meet. */
export const testKeyPrefix = (): string => `saraban-test:${randomBytes(6).toString('hex')}:`;

/** A plain client of the machine's server, or a clear failure when there is none. */
export async function machineRedis(): Promise<Redis> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`No Redis at TEST_REDIS_URL (${TEST_REDIS_URL}): ${String(error)}`);
  }
  return client;
}

/** Deletes every key under `prefix` (SCAN, never KEYS: the server may be shared). */
export async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** A redis-server of the test's own, in memory only. */
export class ThrowawayRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayRedis> {
    const server = new ThrowawayRedis(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async start(): Promise<void> {
    const binary = process.env.REDIS_SERVER_BIN || 'redis-server';
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', ''];
    this.process = spawn(binary, [...args, '--appendonly', 'no'], { stdio: 'ignore' });
    const failed = new Promise<never>((_, reject) =>
      this.process?.once('error', (e) =>
        reject(new Error(`${binary} did not start: ${e.message}`)),
      ),
    );
    await Promise.race([this.waitForPing(), failed]);
  }

  /** SIGKILL: the server vanishes mid-conversation, as a crashed host would. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** A client of this server for the test's own commands. */
  async client(): Promise<Redis> {
    const client = new Redis(this.url, { lazyConnect: true, connectTimeout: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      client.disconnect(); // else ioredis goes on reconnecting
      throw error;
    }
    return client;
  }

  private async waitForPing(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const client = await this.client();
        await client.quit();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
}
