import { createTestApp, TestApp } from '../support/app';
import { createOffice, TEST_PASSWORD, TestOffice } from '../support/factories';
import { signInForm } from '../support/web-signin';

jest.setTimeout(60_000);

/** The form token travels in the body or a header, never in the URL (which logs keep). */
describe('web forms: where the CSRF token may come from', () => {
  let t: TestApp;
  let office: TestOffice;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
  });
  afterAll(() => t.close());

  const signIn = async (where: 'body' | 'query' | 'header') => {
    const form = await signInForm(t);
    const credentials = { username: office.username('officer'), password: TEST_PASSWORD };
    const path = where === 'query' ? `/signin?_csrf=${encodeURIComponent(form.token)}` : '/signin';
    const req = t.http().post(path).set('Cookie', form.cookie).set('Accept', 'text/html');
    if (where === 'header') req.set('X-CSRF-Token', form.token);
    return req
      .type('form')
      .send(where === 'body' ? { ...credentials, _csrf: form.token } : credentials);
  };

  it('refuses a token in the query string', async () => {
    const res = await signIn('query');
    expect(res.status).toBe(403);
    expect(res.text).toContain('แบบฟอร์มหมดอายุหรือไม่ถูกต้อง');
    expect(String(res.headers['set-cookie'])).not.toContain('saraban_session=');
  });

  it('accepts the token from the form field', async () => {
    const res = await signIn('body');
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toContain('saraban_session=');
  });

  it('accepts the token from the X-CSRF-Token header', async () => {
    expect((await signIn('header')).status).toBe(303);
  });

  it('refuses a query-string token on a signed-in form too (sign-out)', async () => {
    const form = await signInForm(t);
    const signedIn = await t
      .http()
      .post('/signin')
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.token, username: office.username('head'), password: TEST_PASSWORD })
      .expect(303);
    const cookies = [signedIn.headers['set-cookie']].flat().map(String);
    const session = cookies.find((c) => c.startsWith('saraban_session='))?.split(';')[0] ?? '';
    const home = await t
      .http()
      .get('/inbox')
      .set('Cookie', [session, ...form.cookie])
      .expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(home.text)?.[1] ?? '';
    const jar = [session, ...[home.headers['set-cookie'] ?? form.cookie].flat().map(String)];

    const viaQuery = await t
      .http()
      .post(`/signout?_csrf=${encodeURIComponent(token)}`)
      .set('Cookie', jar)
      .set('Accept', 'text/html')
      .type('form')
      .send({});
    expect(viaQuery.status).toBe(403);
    const viaBody = await t
      .http()
      .post('/signout')
      .set('Cookie', jar)
      .type('form')
      .send({ _csrf: token });
    expect(viaBody.status).toBe(303);
  });
});
