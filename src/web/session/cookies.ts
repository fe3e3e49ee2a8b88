import type { CookieOptions, Request } from 'express';
import { SESSION_COOKIE } from '../../auth/jwt.strategy';

export { SESSION_COOKIE };
export const CSRF_COOKIE = 'saraban_csrf';

/** Secure when the request came over https, or the office publishes the site on https. */
export const isHttps = (req: Request, publicBaseUrl: string): boolean =>
  req.secure || publicBaseUrl.startsWith('https:');

export const sessionCookieOptions = (secure: boolean, maxAgeMs?: number): CookieOptions => ({
  httpOnly: true,
  // Lax: a link to a memo in an e-mail opens signed in; cross-site posts carry no session.
  sameSite: 'lax',
  secure,
  path: '/',
  ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
});

export const sessionCookie = (req: Request): string => {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  return cookies?.[SESSION_COOKIE] ?? '';
};
