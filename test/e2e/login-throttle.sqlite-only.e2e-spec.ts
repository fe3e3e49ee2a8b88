import '../support/long-login-window';
import { LOGIN_LIMIT } from '../support/low-login-limit';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, TEST_PASSWORD, TestOffice } from '../support/factories';
import { webSignIn } from '../support/web-signin';

jest.setTimeout(180_000);

/** Every address may fail this many times (LoginThrottle: ten times one account's budget). */
const ADDRESS_LIMIT = LOGIN_LIMIT * 10;

describe('sign-in throttle: one budget per account, failures only', () => {
  let t: TestApp;
  let office: TestOffice;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
  });
  afterAll(() => t.close());

  const api = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.http().post('/api/auth/login').set(headers).send({ username, password });

  it('answers 429 in Thai and English once one account has been guessed too often', async () => {
    const target = office.username('director');
    for (let i = 0; i < LOGIN_LIMIT; i++) await api(target, `guess-${i}`).expect(401);
    const refused = await api(target, 'guess-again').expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(refused.body.message).toContain('กรุณารอสักครู่');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password is refused until the window passes: guessing gains nothing.
    await api(target, TEST_PASSWORD).expect(429);
  });

  it('still lets another account sign in from the same address', async () => {
    await api(office.username('officer'), TEST_PASSWORD).expect(200);
  });

  it('shares the budget: failures on the API throttle the web sign-in of that account', async () => {
    const target = office.username('head');
    for (let i = 0; i < LOGIN_LIMIT; i++) await api(target, `guess-${i}`).expect(401);
    const web = await webSignIn(t, target, TEST_PASSWORD);
    expect(web.status).toBe(429);
    expect(web.text).toContain('เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป');
    expect(Number(web.headers['retry-after'])).toBeGreaterThan(0);
    expect(String(web.headers['set-cookie'])).not.toContain('saraban_session=');
  });

  it('shares the budget: failures on the web throttle the API sign-in of that account', async () => {
    const target = office.username('deputy');
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      expect((await webSignIn(t, target, `guess-${i}`)).status).toBe(401);
    }
    await api(target, TEST_PASSWORD).expect(429);
    expect((await webSignIn(t, target, TEST_PASSWORD)).status).toBe(429);
  });

  it('counts failures only: signing in often is never throttled', async () => {
    const target = office.username('officer2');
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) await api(target, TEST_PASSWORD).expect(200);
    expect((await webSignIn(t, target, TEST_PASSWORD)).status).toBe(303);
    await api(target, 'one-typo').expect(401);
    await api(target, TEST_PASSWORD).expect(200);
  });

  it('lets through no more guesses than the budget, even sent all at once', async () => {
    const target = office.username('deputy2');
    const burst = await Promise.all(
      Array.from({ length: LOGIN_LIMIT * 3 }, (_, i) => api(target, `parallel-${i}`)),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LOGIN_LIMIT * 2);
  });

  // Last: it spends this address's budget for the rest of the file.
  it('never refuses the right password for the failures of others at the same address', async () => {
    // Each guess names another forwarded address, ignored without TRUST_PROXY: all count
    // against this one, which some tests above have already spent in part.
    let status = 401;
    for (let i = 0; status === 401 && i <= ADDRESS_LIMIT; i++) {
      const forwarded = { 'X-Forwarded-For': `203.0.113.${i}` };
      status = (await api(`nobody-${i}`, 'spray-password', forwarded)).status;
    }
    expect(status).toBe(429);
    const next = { 'X-Forwarded-For': '198.51.100.1' };
    const wrong = await api(office.username('registrar'), 'spray-password', next).expect(429);
    expect(wrong.body.code).toBe('TOO_MANY_REQUESTS');
    // The right password still signs in, on the API and on the web.
    await api(office.username('registrar'), TEST_PASSWORD).expect(200);
    expect((await webSignIn(t, office.username('peer'), TEST_PASSWORD)).status).toBe(303);
  });

  it('ignores X-Forwarded-Proto without TRUST_PROXY: no Secure cookie over plain http', async () => {
    const res = await webSignIn(t, office.username('oit'), TEST_PASSWORD, {
      'X-Forwarded-Proto': 'https',
    });
    expect(res.status).toBe(303);
    const session = [res.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('saraban_session='));
    expect(session).toBeDefined();
    expect(session).not.toMatch(/;\s*Secure/i);
  });
});
