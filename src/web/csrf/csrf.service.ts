import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { doubleCsrf, DoubleCsrfUtilities } from 'csrf-csrf';
import type { Request, Response } from 'express';
import { TokenService } from '../../auth/token.service';
import { AppConfig } from '../../config/app-config';
import { CSRF_COOKIE, isHttps, sessionCookie } from '../session/cookies';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Signed double-submit tokens (csrf-csrf): the token is an HMAC over the sign-in's id (kept
 * across session renewals) and a random value, kept in an HttpOnly cookie and repeated in every
 * form. A token made for one sign-in is worthless in another, so signing in starts a new one.
 * Forms post it as `_csrf` (see tokenOf for where else it is taken from).
 */
@Injectable()
export class CsrfService {
  private readonly csrf: DoubleCsrfUtilities;

  constructor(
    private readonly config: AppConfig,
    tokens: TokenService,
  ) {
    // A key of its own, derived from the JWT secret, so no new setting is needed.
    const secret = createHmac('sha256', config.jwtSecret).update('saraban-web-csrf').digest('hex');
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (req) => {
        const cookie = sessionCookie(req);
        return tokens.sessionIdOf(cookie) ?? cookie;
      },
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'strict', httpOnly: true, secure: false, path: '/' },
      getCsrfTokenFromRequest: (req) => tokenOf(req),
    });
  }

  /** The token for this page's forms (reusing the cookie's while it fits the session). */
  token(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res, {
      cookieOptions: {
        sameSite: 'strict',
        httpOnly: true,
        path: '/',
        secure: isHttps(req, this.config.publicBaseUrl),
      },
    });
  }

  isValid(req: Request): boolean {
    return this.csrf.validateRequest(req);
  }
}

/**
 * The form field, else the X-CSRF-Token header; never the query string, which lands in request
 * logs, proxy logs and browser history. The one exception is a multipart form (attachments):
 * its body is read by the route's file interceptor, after this check, so its token still comes
 * in the action's query string (the request log redacts it).
 */
function tokenOf(req: Request): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body?.[CSRF_FIELD];
  if (typeof fromBody === 'string') return fromBody;
  const fromHeader = req.headers[CSRF_HEADER];
  if (typeof fromHeader === 'string') return fromHeader;
  if (!req.is('multipart/form-data')) return undefined;
  const fromQuery = (req.query as Record<string, unknown>)[CSRF_FIELD];
  return typeof fromQuery === 'string' ? fromQuery : undefined;
}
