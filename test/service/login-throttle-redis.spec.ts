// The sign-in throttle on a real Redis (issue 19): the window's script, one budget for several
// instances, and what a sign-in does when Redis is unreachable, killed, hung or paused. Keys live
// under a prefix of this run's own on the machine's server and are deleted afterwards; outages
// happen to throwaway redis-server processes.
import '../support/shared-redis-env';
import '../support/trusted-proxy';
import '../support/long-login-window';
import { LOGIN_LIMIT } from '../support/low-login-limit';
import { randomInt } from 'node:crypto';
import { createServer, Server, Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { FailureWindows } from '../../src/auth/failure-window';
import { LoginThrottle, SignInAttempt, SignInThrottled } from '../../src/auth/login-throttle';
import { RedisFailureWindow } from '../../src/auth/redis-failure-window';
import { SIGNIN_KEY_PREFIX, SharedFailureWindows } from '../../src/auth/shared-failure-windows';
import { Clock } from '../../src/common/clock';
import type { AppConfig } from '../../src/config/app-config';
import { RedisConnection } from '../../src/redis/redis-connection';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, TEST_PASSWORD, TestOffice } from '../support/factories';
import {
  deleteKeys,
  freePort,
  machineRedis,
  TEST_REDIS_URL,
  testKeyPrefix,
  ThrowawayRedis,
} from '../support/redis';
import { webSignIn } from '../support/web-signin';

jest.setTimeout(120_000);

const LIMIT = 3;
const TTL = 60_000;
/** A sign-in that waits longer than this on a dead Redis counts as hanging. */
const NO_HANG_MS = 4_000;

const config = {
  get: (key: string) => ({ LOGIN_THROTTLE_LIMIT: LIMIT, LOGIN_THROTTLE_TTL_MS: TTL })[key],
} as unknown as AppConfig;

class MovableClock extends Clock {
  at = Date.UTC(2031, 6, 1, 9); // far from Redis's own time: only this clock may count
  override now(): Date {
    return new Date(this.at);
  }
}

const prefix = testKeyPrefix();
const connections: RedisConnection[] = [];
let machine: Redis;

/** A connection as one process would hold it. */
function connect(url = TEST_REDIS_URL): RedisConnection {
  const connection = new RedisConnection(url);
  connections.push(connection);
  return connection;
}

/** One instance: its own connection, the run's key prefix. */
const instance = (clock: Clock, url = TEST_REDIS_URL, keys = prefix, connection = connect(url)) =>
  new LoginThrottle(config, clock, new SharedFailureWindows(connection, keys));

const fail = async (throttle: LoginThrottle, username: string, address = '10.0.0.1') => {
  await (await throttle.begin(username, address)).failed();
};

/** What a promise settles to, and how long it took. */
async function timed<T>(work: Promise<T>): Promise<{ ms: number; outcome: T | Error }> {
  const started = Date.now();
  const outcome = await work.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return { ms: Date.now() - started, outcome };
}

let errors: jest.SpyInstance;
beforeAll(async () => {
  machine = await machineRedis();
  // The throttle's own log: silenced here, read by the tests of outages.
  errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
});

afterAll(async () => {
  await Promise.all(connections.map((c) => c.onApplicationShutdown()));
  if (!machine) return;
  await deleteKeys(machine, prefix);
  await machine.quit();
});

describe('RedisFailureWindow on a real Redis', () => {
  const t0 = Date.UTC(2031, 0, 1);
  const open = (name: string, ttl: number, cap: number, connection = connect()) =>
    new RedisFailureWindow(connection, `${prefix}${name}:`, ttl, cap);

  it('counts, caps and expires failures by the caller’s clock, not Redis’s', async () => {
    const window = open('cap', 1000, 2);
    expect((await window.add('a', t0)).count).toBe(1);
    expect((await window.add('a', t0 + 1)).count).toBe(2);
    expect((await window.add('a', t0 + 2)).count).toBe(2);
    // The oldest (expiring at t0 + 1000) was dropped; the other two expire at +1001 and +1002.
    expect(await window.count('a', t0 + 1000)).toBe(2);
    expect(await window.count('a', t0 + 1001)).toBe(1);
    expect(await window.retryAfterMs('a', t0 + 1001)).toBe(1);
    expect(await window.count('a', t0 + 1002)).toBe(0);
    expect(await window.retryAfterMs('a', t0 + 1002)).toBe(0);
    expect(await machine.zcard(`${prefix}cap:a`)).toBe(2);
  });

  it('takes back exactly the failure it is given, among attempts of the same millisecond', async () => {
    const window = open('forgive', 1000, 10);
    const added = [];
    for (let i = 0; i < 3; i++) added.push(await window.add('a', t0));
    expect(new Set(added.map((a) => a.stamp)).size).toBe(3);
    await window.forgive('a', added[1].stamp ?? '');
    expect(await window.count('a', t0 + 10)).toBe(2);
    await window.forgive('a', added[1].stamp ?? ''); // twice: nothing more
    await window.forgive('a', 'never-added');
    expect(await window.count('a', t0 + 10)).toBe(2);
    expect(await window.retryAfterMs('a', t0 + 10)).toBe(990);
    // The last one forgiven, Redis drops the key.
    await window.forgive('a', added[0].stamp ?? '');
    await window.forgive('a', added[2].stamp ?? '');
    expect(await machine.exists(`${prefix}forgive:a`)).toBe(0);
  });

  it('refuses at the limit in one step, even for a burst from two connections', async () => {
    const windows = [open('burst', TTL, 50), open('burst', TTL, 50)];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => windows[i % 2].add('a', t0 + i, 5)),
    );
    const added = results.filter((r) => r.added);
    expect(added).toHaveLength(5);
    expect(results.filter((r) => !r.added).every((r) => r.stamp === undefined)).toBe(true);
    expect(results.filter((r) => !r.added).every((r) => r.retryAfterMs > 0)).toBe(true);
    expect(await windows[1].count('a', t0 + 40)).toBe(5);
  });

  it('lets a key vanish with its newest failure', async () => {
    const window = open('vanish', 300, 5);
    const now = Date.now();
    await window.add('a', now);
    const ttl = await machine.pttl(`${prefix}vanish:a`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await machine.exists(`${prefix}vanish:a`)).toBe(0);
  });
});

describe('LoginThrottle on Redis: the rules of src/auth/login-throttle.spec.ts', () => {
  let clock: MovableClock;
  let throttle: LoginThrottle;

  beforeEach(() => {
    clock = new MovableClock();
    // A prefix per test, as each of the unit tests starts from nothing.
    throttle = instance(clock, TEST_REDIS_URL, `${prefix}rules${randomInt(1e9)}:`);
  });

  it('refuses an account after its failures, whatever the password, until they age out', async () => {
    for (let i = 0; i < LIMIT; i++) await fail(throttle, 'director');
    await expect(throttle.begin('director', '10.0.0.2')).rejects.toThrow(SignInThrottled);
    clock.at += TTL - 1;
    await expect(throttle.begin('Director', '10.0.0.3')).rejects.toThrow(SignInThrottled);
    clock.at += 1;
    await expect(throttle.begin('director', '10.0.0.1')).resolves.toBeDefined();
  });

  it('answers how long to wait', async () => {
    for (let i = 0; i < LIMIT; i++) await fail(throttle, 'director');
    clock.at += 20_000;
    const { outcome } = await timed(throttle.begin('director', '10.0.0.1'));
    expect(outcome).toBeInstanceOf(SignInThrottled);
    expect((outcome as SignInThrottled).retryAfterSeconds).toBe(40);
  });

  it('never counts a sign-in that succeeded', async () => {
    for (let i = 0; i < LIMIT * 5; i++) {
      await (await throttle.begin('officer', '10.0.0.1')).forgive();
    }
    await fail(throttle, 'officer');
    await expect(throttle.begin('officer', '10.0.0.1')).resolves.toBeDefined();
  });

  it('answers 429 to failures from an address past its budget, but still opens attempts', async () => {
    for (let i = 0; i < LIMIT * 10; i++) await fail(throttle, `sprayed-${i}`, '::ffff:192.0.2.7');
    const attempt = await throttle.begin('officer', '192.0.2.7');
    await expect(attempt.failed()).rejects.toThrow(SignInThrottled);
    await expect((await throttle.begin('head', '192.0.2.7')).forgive()).resolves.toBeUndefined();
    await expect(
      (await throttle.begin('registrar', '192.0.2.8')).failed(),
    ).resolves.toBeUndefined();
  });
});

describe('two instances, one budget', () => {
  let clock: MovableClock;
  let a: LoginThrottle;
  let b: LoginThrottle;

  beforeEach(() => {
    clock = new MovableClock();
    const keys = `${prefix}pair${randomInt(1e9)}:`;
    a = instance(clock, TEST_REDIS_URL, keys);
    b = instance(clock, TEST_REDIS_URL, keys);
  });

  it('refuses on B an account guessed through A, the right password included', async () => {
    for (let i = 0; i < LIMIT; i++) await fail(a, 'director', `10.0.0.${i}`);
    await expect(b.begin('director', '10.9.9.9')).rejects.toThrow(SignInThrottled);
    await expect(a.begin('DIRECTOR', '10.9.9.9')).rejects.toThrow(SignInThrottled);
    clock.at += TTL;
    await expect(b.begin('director', '10.9.9.9')).resolves.toBeDefined();
  });

  it('counts an attempt open on A against B until A forgives it', async () => {
    const open = await a.begin('officer', '10.0.0.1');
    for (let i = 0; i < LIMIT - 1; i++) await fail(b, 'officer');
    await expect(b.begin('officer', '10.0.0.1')).rejects.toThrow(SignInThrottled);
    await open.forgive();
    await expect(b.begin('officer', '10.0.0.1')).resolves.toBeDefined();
  });

  it('lets through no more than the budget of a burst spread over both', async () => {
    const burst = await Promise.allSettled(
      Array.from({ length: LIMIT * 4 }, (_, i) => (i % 2 ? a : b).begin('deputy', '10.0.0.1')),
    );
    expect(burst.filter((r) => r.status === 'fulfilled')).toHaveLength(LIMIT);
    expect(
      burst.every((r) => r.status === 'fulfilled' || r.reason instanceof SignInThrottled),
    ).toBe(true);
  });

  it('shares the per-address budget, and a right password still signs in', async () => {
    for (let i = 0; i < LIMIT * 10; i++) await fail(i % 2 ? a : b, `sprayed-${i}`, '192.0.2.9');
    await expect((await b.begin('someone', '192.0.2.9')).failed()).rejects.toThrow(SignInThrottled);
    await expect((await a.begin('head', '192.0.2.9')).forgive()).resolves.toBeUndefined();
  });
});

describe('when Redis does not answer, sign-in falls back to this instance’s count', () => {
  let clock: MovableClock;
  beforeEach(() => {
    clock = new MovableClock();
    errors.mockClear();
  });

  const loggedFallback = () =>
    errors.mock.calls.some(([message]) => String(message).includes('this instance only'));

  /** The rules still hold, counted locally: LIMIT failures, then 429. */
  async function countsLocally(throttle: LoginThrottle, username: string): Promise<void> {
    for (let i = 0; i < LIMIT; i++) await fail(throttle, username);
    await expect(throttle.begin(username, '10.0.0.1')).rejects.toThrow(SignInThrottled);
  }

  it('nothing listens: answers at once and counts locally, with one error in the log', async () => {
    const throttle = instance(clock, `redis://127.0.0.1:${await freePort()}/0`);
    const first = await timed(throttle.begin('director', '10.0.0.1'));
    expect(first.outcome).not.toBeInstanceOf(Error);
    expect(first.ms).toBeLessThan(NO_HANG_MS);
    await (first.outcome as SignInAttempt).forgive();
    await countsLocally(throttle, 'director');
    expect(loggedFallback()).toBe(true);
    expect(
      errors.mock.calls.filter(([m]) => String(m).includes('this instance only')),
    ).toHaveLength(1);
  });

  it('a server that accepts and never answers: the first sign-in waits boundedly, then none', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    try {
      const throttle = instance(clock, `redis://127.0.0.1:${port}/0`);
      const first = await timed(throttle.begin('director', '10.0.0.1'));
      expect(first.outcome).not.toBeInstanceOf(Error);
      expect(first.ms).toBeLessThan(NO_HANG_MS);
      const second = await timed(throttle.begin('director', '10.0.0.1'));
      expect(second.ms).toBeLessThan(500);
      expect(loggedFallback()).toBe(true);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('Redis killed mid-day and started again: local meanwhile, shared again after', async () => {
    const server = await ThrowawayRedis.start();
    try {
      const connection = connect(server.url);
      const throttle = instance(clock, server.url, SIGNIN_KEY_PREFIX, connection);
      const other = instance(clock, server.url, SIGNIN_KEY_PREFIX);
      await fail(throttle, 'officer');
      const probe = await server.client();
      expect(await probe.zcard(`${SIGNIN_KEY_PREFIX}account:officer`)).toBe(1);
      probe.disconnect();

      await server.kill();
      const during = await timed(throttle.begin('head', '10.0.0.1'));
      expect(during.ms).toBeLessThan(NO_HANG_MS);
      await (during.outcome as SignInAttempt).forgive(); // a local stamp, taken back locally
      await countsLocally(throttle, 'head');
      expect(loggedFallback()).toBe(true);

      // A new, empty Redis on the same port (it has never seen the script either).
      await server.start();
      await waitUntil(async () => (await connection.connection()).status === 'ready');
      await fail(throttle, 'deputy');
      const seen = await server.client();
      expect(await seen.zcard(`${SIGNIN_KEY_PREFIX}account:deputy`)).toBe(1);
      seen.disconnect();
      // Shared again: failures through one instance count for the other.
      for (let i = 0; i < LIMIT - 1; i++) await fail(throttle, 'deputy');
      await expect(other.begin('deputy', '10.0.0.1')).rejects.toThrow(SignInThrottled);
    } finally {
      await server.kill();
    }
  });

  it('a Redis that stops answering mid-command: the sign-in goes on after the command timeout', async () => {
    const server = await ThrowawayRedis.start();
    const admin = await server.client();
    try {
      const throttle = instance(clock, server.url);
      await (await throttle.begin('officer', '10.0.0.1')).forgive(); // connected and ready
      await admin.call('CLIENT', 'PAUSE', '3000', 'ALL');
      const paused = await timed(throttle.begin('officer', '10.0.0.1'));
      expect(paused.outcome).not.toBeInstanceOf(Error);
      expect(paused.ms).toBeLessThan(2_500);
      expect(loggedFallback()).toBe(true);
    } finally {
      admin.disconnect();
      await server.kill();
    }
  });
});

describe('two app instances behind one proxy, one Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let office: TestOffice;
  const address = `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
  const forwarded = { 'X-Forwarded-For': address };
  const touched: string[] = [];

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp();
    office = await createOffice(first);
  });
  let closed = false;
  afterAll(async () => {
    if (!closed) await Promise.all([first?.close(), second?.close()]);
    if (touched.length > 0) await machine.del(...touched);
  });

  const api = (t: TestApp, username: string, password: string) =>
    t.http().post('/api/auth/login').set(forwarded).send({ username, password });

  it('counts in Redis when REDIS_URL is set', () => {
    expect(first.app.get(FailureWindows)).toBeInstanceOf(SharedFailureWindows);
  });

  it('refuses on one instance an account guessed through the other, API and web alike', async () => {
    const target = office.username('director');
    touched.push(
      `${SIGNIN_KEY_PREFIX}account:${target.toLowerCase()}`,
      `${SIGNIN_KEY_PREFIX}address:${address}`,
    );
    for (let i = 0; i < LOGIN_LIMIT; i++) await api(first, target, `guess-${i}`).expect(401);
    const refused = await api(second, target, TEST_PASSWORD).expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const web = await webSignIn(second, target, TEST_PASSWORD, forwarded);
    expect(web.status).toBe(429);
    // The address counted is the client's, as the trusted proxy named it (req.ip).
    expect(await machine.zcard(`${SIGNIN_KEY_PREFIX}address:${address}`)).toBe(LOGIN_LIMIT);
    expect(await machine.zcard(touched[0])).toBe(LOGIN_LIMIT);
  });

  it('closes each instance’s connection on shutdown', async () => {
    const name = `saraban-${process.pid}`;
    const held = async () =>
      String(await machine.call('CLIENT', 'LIST'))
        .split('\n')
        .filter((line) => line.includes(` name=${name} `)).length;
    expect(await held()).toBeGreaterThanOrEqual(2);
    await Promise.all([first.close(), second.close()]);
    closed = true;
    const open = [...connections]; // the unit tests' own, closed in afterAll
    await Promise.all(open.map((c) => c.onApplicationShutdown()));
    await waitUntil(async () => (await held()) === 0);
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${ms} ms`);
}
