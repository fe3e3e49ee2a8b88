import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { TokenService } from '../../auth/token.service';
import { AppConfig } from '../../config/app-config';
import { isHttps, SESSION_COOKIE, sessionCookie, sessionCookieOptions } from './cookies';

/**
 * Sliding web session: a signed-in page view past half the token's life gets a fresh cookie for
 * the same sign-in, so a director reading a long memo is not sent back to the sign-in form, while
 * a session left idle for the whole lifetime still ends.
 */
@Injectable()
export class SessionRenewalInterceptor implements NestInterceptor {
  constructor(
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    const token = sessionCookie(req);
    // `user` is set only when the guard accepted the token, so only live sessions are renewed.
    if (token && req.user) {
      const renewed = await this.tokens.renewIfAging(token);
      if (renewed) {
        const res = context.switchToHttp().getResponse<Response>();
        const secure = isHttps(req, this.config.publicBaseUrl);
        res.cookie(
          SESSION_COOKIE,
          renewed,
          sessionCookieOptions(secure, this.tokens.ttlSeconds * 1000),
        );
        // The page's session-end warning counts from the renewed token.
        res.locals.sessionEndsAt = this.tokens.expiryOf(renewed);
      }
    }
    return next.handle();
  }
}
