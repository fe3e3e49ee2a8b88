import { Clock } from '../common/clock';
import type { AppConfig } from '../config/app-config';
import { FailureWindow, LoginThrottle, SignInThrottled } from './login-throttle';

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
    throttle = new LoginThrottle(config, clock);
  });

  const fail = (username: string, address = '10.0.0.1') => {
    throttle.begin(username, address).failed();
  };

  it('refuses an account after its failures, whatever the password, until they age out', () => {
    for (let i = 0; i < LIMIT; i++) fail('director');
    expect(() => throttle.begin('director', '10.0.0.2')).toThrow(SignInThrottled);
    clock.at += TTL - 1;
    expect(() => throttle.begin('Director', '10.0.0.3')).toThrow(SignInThrottled);
    clock.at += 1;
    expect(() => throttle.begin('director', '10.0.0.1')).not.toThrow();
  });

  it('answers how long to wait', () => {
    for (let i = 0; i < LIMIT; i++) fail('director');
    clock.at += 20_000;
    try {
      throttle.begin('director', '10.0.0.1');
      throw new Error('not throttled');
    } catch (error) {
      expect(error).toBeInstanceOf(SignInThrottled);
      expect((error as SignInThrottled).retryAfterSeconds).toBe(40);
      expect((error as SignInThrottled).code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('never counts a sign-in that succeeded', () => {
    for (let i = 0; i < LIMIT * 5; i++) throttle.begin('officer', '10.0.0.1').forgive();
    fail('officer');
    expect(() => throttle.begin('officer', '10.0.0.1')).not.toThrow();
  });

  it('counts attempts still in flight, so a parallel burst cannot pass the check at once', () => {
    for (let i = 0; i < LIMIT; i++) throttle.begin('director', '10.0.0.1');
    expect(() => throttle.begin('director', '10.0.0.1')).toThrow(SignInThrottled);
  });

  it('answers 429 to failures from an address past its budget, but still opens attempts', () => {
    const budget = LIMIT * 10;
    for (let i = 0; i < budget; i++) fail(`sprayed-${i}`, '::ffff:192.0.2.7');
    const attempt = throttle.begin('officer', '192.0.2.7');
    expect(() => attempt.failed()).toThrow(SignInThrottled);
    // A right password from the same address is not refused: begin() passed, forgive() follows.
    expect(() => throttle.begin('head', '192.0.2.7').forgive()).not.toThrow();
    // Another address is not affected.
    expect(() => throttle.begin('registrar', '192.0.2.8').failed()).not.toThrow();
  });
});

describe('FailureWindow', () => {
  it('keeps at most `cap` failures per key and forgets keys whose failures expired', () => {
    const window = new FailureWindow(1000, 2);
    expect(window.add('a', 0).count).toBe(1);
    expect(window.add('a', 1).count).toBe(2);
    expect(window.add('a', 2).count).toBe(2);
    // The oldest (expiring at 1000) was dropped; the other two expire at 1001 and 1002.
    expect(window.count('a', 1000)).toBe(2);
    expect(window.count('a', 1001)).toBe(1);
    expect(window.count('a', 1002)).toBe(0);
  });

  it('takes back exactly the failure it is given', () => {
    const window = new FailureWindow(1000, 5);
    const first = window.add('a', 0);
    window.add('a', 10);
    window.forgive('a', first.stamp);
    expect(window.count('a', 20)).toBe(1);
    expect(window.retryAfterMs('a', 20)).toBe(990);
  });
});
