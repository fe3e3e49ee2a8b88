import type { TestApp } from './app';

/** The sign-in form's CSRF cookie and token, as a browser gets them from `GET /`. */
export async function signInForm(
  t: TestApp,
  headers: Record<string, string> = {},
): Promise<{ cookie: string[]; token: string }> {
  const page = await t.http().get('/').set(headers).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error('the sign-in page carries no CSRF token');
  return { cookie: [page.headers['set-cookie']].flat().map(String), token };
}

/** Posts the web sign-in form like a browser: CSRF cookie and token, then the credentials. */
export async function webSignIn(
  t: TestApp,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const form = await signInForm(t, headers);
  return t
    .http()
    .post('/signin')
    .set(headers)
    .set('Cookie', form.cookie)
    .type('form')
    .send({ _csrf: form.token, username, password });
}
