import '../support/trusted-proxy';
import '../support/long-login-window';
import { LOGIN_LIMIT } from '../support/low-login-limit';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, login, TEST_PASSWORD, TestOffice } from '../support/factories';
import { bearer, memoBody } from '../support/memos';
import { webSignIn } from '../support/web-signin';

jest.setTimeout(180_000);

const ADDRESS_LIMIT = LOGIN_LIMIT * 10;

const sessionCookieOf = (headers: Record<string, unknown>): string | undefined =>
  [headers['set-cookie']]
    .flat()
    .map(String)
    .find((c) => c.startsWith('saraban_session='));

describe('behind a trusted reverse proxy (TRUST_PROXY=loopback)', () => {
  let t: TestApp;
  let office: TestOffice;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
  });
  afterAll(() => t.close());

  const api = (username: string, password: string, client: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', client).send({ username, password });

  it('tells clients apart by X-Forwarded-For: one client’s failures never lock out another', async () => {
    const noisy = '203.0.113.10';
    let status = 401;
    for (let i = 0; status === 401 && i <= ADDRESS_LIMIT; i++) {
      status = (await api(`nobody-${i}`, 'spray-password', noisy)).status;
    }
    expect(status).toBe(429);
    await api(office.username('officer'), 'wrong-password', noisy).expect(429);
    // Another client behind the same proxy has its own budget.
    await api(office.username('officer'), 'wrong-password', '203.0.113.11').expect(401);
    // And the right password signs in even from the noisy client.
    await api(office.username('officer'), TEST_PASSWORD, noisy).expect(200);
  });

  it('marks the session cookie Secure when the proxy says the request came over https', async () => {
    const https = await webSignIn(t, office.username('head'), TEST_PASSWORD, {
      'X-Forwarded-Proto': 'https',
    });
    expect(https.status).toBe(303);
    expect(sessionCookieOf(https.headers)).toMatch(/;\s*Secure/i);

    const http = await webSignIn(t, office.username('head'), TEST_PASSWORD);
    expect(http.status).toBe(303);
    expect(sessionCookieOf(http.headers)).toBeDefined();
    expect(sessionCookieOf(http.headers)).not.toMatch(/;\s*Secure/i);
  });

  it('records the client’s address in the audit trail, not the proxy’s', async () => {
    const officer = await login(t, office.username('officer'));
    await t
      .http()
      .post('/api/memos')
      .set(bearer(officer))
      .set('X-Forwarded-For', '198.51.100.23')
      .send(memoBody())
      .expect(201);
    const director = await login(t, office.username('director'));
    const audit = await t.http().get('/api/audit').set(bearer(director)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'memo.create', ip: '198.51.100.23' });
  });
});
