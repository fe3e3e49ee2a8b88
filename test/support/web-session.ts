// A signed-in web session over plain HTTP (supertest): the session cookie and the CSRF cookie
// and token a page gives its forms, exactly as a browser would hold them.
import type { Response } from 'supertest';
import type { TestApp } from './app';
import { TEST_PASSWORD } from './factories';

export interface WebSession {
  username: string;
  /** The Cookie header: session and CSRF cookies. */
  cookie: string;
  /** The `_csrf` value the pages' forms carry. */
  csrf: string;
}

const CSRF_INPUT = /name="_csrf" value="([^"]+)"/;

/** name=value of each Set-Cookie, merged over the cookies already held. */
function mergeCookies(held: string, res: Response): string {
  const jar = new Map(
    held
      .split('; ')
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf('=')), c] as const),
  );
  const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
  for (const line of setCookie ?? []) {
    const pair = line.split(';')[0];
    const name = pair.slice(0, pair.indexOf('='));
    if (/expires=Thu, 01 Jan 1970/i.test(line) || pair.endsWith('=')) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

export function csrfOf(html: string): string {
  const token = CSRF_INPUT.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** Signs in through the sign-in form and reads a form token from the home page. */
export async function webSignIn(
  t: TestApp,
  username: string,
  password = TEST_PASSWORD,
): Promise<WebSession> {
  const form = await t.http().get('/').set('Accept', 'text/html');
  let cookie = mergeCookies('', form);
  const signedIn = await t
    .http()
    .post('/signin')
    .set('Cookie', cookie)
    .type('form')
    .send({ username, password, _csrf: csrfOf(form.text) });
  if (signedIn.status !== 303) throw new Error(`web sign-in of ${username}: ${signedIn.status}`);
  cookie = mergeCookies(cookie, signedIn);
  // A token belongs to one sign-in: the one from the sign-in page is no good any more.
  const home = await t
    .http()
    .get('/notifications')
    .set('Cookie', cookie)
    .set('Accept', 'text/html');
  cookie = mergeCookies(cookie, home);
  return { username, cookie, csrf: csrfOf(home.text) };
}

/** Posts a form as the page would (urlencoded, with its token), asking for HTML. */
export function postForm(
  t: TestApp,
  session: WebSession,
  path: string,
  fields: Record<string, string | string[]>,
) {
  return t
    .http()
    .post(path)
    .set('Cookie', session.cookie)
    .set('Accept', 'text/html')
    .type('form')
    .send(formBody({ ...fields, _csrf: session.csrf }));
}

/** application/x-www-form-urlencoded with repeated keys for arrays, as browsers send them. */
export function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of [value].flat()) params.append(key, v);
  }
  return params.toString();
}
