import { createHash, randomUUID } from 'node:crypto';
import type { RedisConnection } from '../redis/redis-connection';
import type { Counted, FailureWindow } from './failure-window';

/**
 * One failure in, as one step (ARGV: now, expiry, cap, limit, member): drops what has expired,
 * refuses at `limit`, adds, trims to `cap` (oldest first), and lets the key vanish with its
 * newest failure. Scores are expiry times on the caller's clock. Returns { added (0/1), count,
 * ms until the oldest expires }.
 */
const ADD_SCRIPT = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local cap = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', key, '-inf', ARGV[1])
local count = redis.call('ZCARD', key)
local added = 0
if count < limit then
  redis.call('ZADD', key, ARGV[2], ARGV[5])
  count = count + 1
  added = 1
  if count > cap then
    redis.call('ZREMRANGEBYRANK', key, 0, count - cap - 1)
    count = cap
  end
  local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
  redis.call('PEXPIRE', key, math.max(1, tonumber(newest[2]) - now))
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
local wait = 0
if oldest[2] then wait = tonumber(oldest[2]) - now end
return { added, count, wait }
`;

const ADD_SHA = createHash('sha1').update(ADD_SCRIPT).digest('hex');

type AddReply = [added: number, count: number, retryAfterMs: number];

/**
 * Failures per key shared by every instance: a sorted set per key whose members are unique per
 * attempt (so forgive() removes exactly one) and whose scores are the times they stop counting.
 * Keys are `<prefix><key>` and expire with their newest failure, so nothing needs cleaning up.
 */
export class RedisFailureWindow implements FailureWindow {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly ttlMs: number,
    private readonly cap: number,
  ) {}

  async add(key: string, now: number, limit = Infinity): Promise<Counted> {
    const stamp = randomUUID();
    const bound = Number.isFinite(limit) ? limit : this.cap + 1;
    const args = [this.prefix + key, now, now + this.ttlMs, this.cap, bound, stamp];
    const [added, count, retryAfterMs] = await this.runAdd(args);
    return added === 1
      ? { added: true, count, stamp, retryAfterMs }
      : { added: false, count, retryAfterMs };
  }

  async count(key: string, now: number): Promise<number> {
    const client = await this.redis.connection();
    return client.zcount(this.prefix + key, `(${now}`, '+inf');
  }

  async forgive(key: string, stamp: string): Promise<void> {
    const client = await this.redis.connection();
    await client.zrem(this.prefix + key, stamp);
  }

  async retryAfterMs(key: string, now: number): Promise<number> {
    const client = await this.redis.connection();
    const oldest = await client.zrangebyscore(
      this.prefix + key,
      `(${now}`,
      '+inf',
      'WITHSCORES',
      'LIMIT',
      0,
      1,
    );
    return oldest.length === 2 ? Number(oldest[1]) - now : 0;
  }

  /** EVALSHA, and EVAL once when this Redis has not seen the script (a restart forgets it). */
  private async runAdd(args: (string | number)[]): Promise<AddReply> {
    const client = await this.redis.connection();
    try {
      return (await client.evalsha(ADD_SHA, 1, ...args)) as AddReply;
    } catch (error) {
      if (!String(error).includes('NOSCRIPT')) throw error;
      return (await client.eval(ADD_SCRIPT, 1, ...args)) as AddReply;
    }
  }
}
