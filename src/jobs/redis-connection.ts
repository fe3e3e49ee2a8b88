import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from REDIS_URL (redis://user:pass@host:6379/0, rediss:// for TLS).
 * `maxRetriesPerRequest: null` is what BullMQ requires of worker connections; reconnecting
 * backs off up to two seconds, so a restarted Redis is picked up again by itself.
 */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username && { username: decodeURIComponent(u.username) }),
    ...(u.password && { password: decodeURIComponent(u.password) }),
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' && { tls: {} }),
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  };
}
