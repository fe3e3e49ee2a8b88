import { Clock } from '../common/clock';
import type { AppConfig } from '../config/app-config';
import { MemoryFailureWindow, MemoryFailureWindows } from './failure-window';
import { LoginThrottle, SignInThrottled } from './login-throttle';

// The same behaviour on Redis, and across two instances: test/service/login-throttle-redis.spec.ts.

const LIMIT = 3;
const TTL = 60_000;

class FakeClock extends Clock {
  at = Date.UTC(2026, 0, 5, 9);
  override now(): Date {
    return new Date(this.at);
  }
}

const config = {
  get: (key: string) => ({ LOGIN_THROTTLE_LIMIT: LIMIT, LOGIN_THROTTLE_TTL_MS: TTL })[key],
} as unknown as AppConfig;

describe('LoginThrottle', () => {
  let clock: FakeClock;
  let throttle: LoginThrottle;

  beforeEach(() => {
    clock = new FakeClock();
    throttle = new LoginThrottle(config, clock, new MemoryFailureWindows());
  });

  const fail = async (username: string, address = '10.0.0.1') => {
    await (await throttle.begin(username, address)).failed();
  };

  it('refuses an account after its failures, whatever the password, until they age out', async () => {
    for (let i = 0; i < LIMIT; i++) await fail('director');
    await expect(throttle.begin('director', '10.0.0.2')).rejects.toThrow(SignInThrottled);
    clock.at += TTL - 1;
    await expect(throttle.begin('Director', '10.0.0.3')).rejects.toThrow(SignInThrottled);
    clock.at += 1;
    await expect(throttle.begin('director', '10.0.0.1')).resolves.toBeDefined();
  });

  it('answers how long to wait', async () => {
    for (let i = 0; i < LIMIT; i++) await fail('director');
    clock.at += 20_000;
    const error: unknown = await throttle.begin('director', '10.0.0.1').then(
      () => new Error('not throttled'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignInThrottled);
    expect((error as SignInThrottled).retryAfterSeconds).toBe(40);
    expect((error as SignInThrottled).code).toBe('TOO_MANY_REQUESTS');
  });

  it('never counts a sign-in that succeeded', async () => {
    for (let i = 0; i < LIMIT * 5; i++)
      await (await throttle.begin('officer', '10.0.0.1')).forgive();
    await fail('officer');
    await expect(throttle.begin('officer', '10.0.0.1')).resolves.toBeDefined();
  });

  it('counts attempts still in flight, so a parallel burst cannot pass the check at once', async () => {
    const burst = await Promise.allSettled(
      Array.from({ length: LIMIT * 3 }, () => throttle.begin('director', '10.0.0.1')),
    );
    expect(burst.filter((r) => r.status === 'fulfilled')).toHaveLength(LIMIT);
    await expect(throttle.begin('director', '10.0.0.1')).rejects.toThrow(SignInThrottled);
  });

  it('answers 429 to failures from an address past its budget, but still opens attempts', async () => {
    const budget = LIMIT * 10;
    for (let i = 0; i < budget; i++) await fail(`sprayed-${i}`, '::ffff:192.0.2.7');
    const attempt = await throttle.begin('officer', '192.0.2.7');
    await expect(attempt.failed()).rejects.toThrow(SignInThrottled);
    // A right password from the same address is not refused: begin() passed, forgive() follows.
    await expect((await throttle.begin('head', '192.0.2.7')).forgive()).resolves.toBeUndefined();
    // Another address is not affected.
    await expect(
      (await throttle.begin('registrar', '192.0.2.8')).failed(),
    ).resolves.toBeUndefined();
  });
});

describe('MemoryFailureWindow', () => {
  it('keeps at most `cap` failures per key and forgets keys whose failures expired', async () => {
    const window = new MemoryFailureWindow(1000, 2);
    expect((await window.add('a', 0)).count).toBe(1);
    expect((await window.add('a', 1)).count).toBe(2);
    expect((await window.add('a', 2)).count).toBe(2);
    // The oldest (expiring at 1000) was dropped; the other two expire at 1001 and 1002.
    expect(await window.count('a', 1000)).toBe(2);
    expect(await window.count('a', 1001)).toBe(1);
    expect(await window.count('a', 1002)).toBe(0);
  });

  it('takes back exactly the failure it is given', async () => {
    const window = new MemoryFailureWindow(1000, 5);
    const first = await window.add('a', 0);
    await window.add('a', 10);
    await window.forgive('a', first.stamp ?? '');
    expect(await window.count('a', 20)).toBe(1);
    expect(await window.retryAfterMs('a', 20)).toBe(990);
  });

  it('refuses at `limit` without counting, and says how long until the oldest expires', async () => {
    const window = new MemoryFailureWindow(1000, 5);
    await window.add('a', 0, 2);
    await window.add('a', 100, 2);
    expect(await window.add('a', 300, 2)).toEqual({ added: false, count: 2, retryAfterMs: 700 });
    expect(await window.count('a', 300)).toBe(2);
  });
});
