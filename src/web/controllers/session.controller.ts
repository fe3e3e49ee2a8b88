import { Body, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../../auth/auth.service';
import { SignInThrottled } from '../../auth/login-throttle';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, SignedIn } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { isRole } from '../../common/auth/roles';
import { SignInFormDto, SignInQueryDto } from '../dto/session.dto';
import { safeNext } from '../format';
import { homeOf } from '../nav';
import {
  CSRF_COOKIE,
  isHttps,
  SESSION_COOKIE,
  sessionCookie,
  sessionCookieOptions,
} from '../session/cookies';
import { signInView } from '../views/pages/sign-in.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const NOTICES: Record<string, string> = {
  expired: 'หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง',
  signedout: 'ออกจากระบบแล้ว',
};

/** `/`: sign-in form; the session is the API's JWT in an HttpOnly cookie. */
@WebController()
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: WebPages,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  signInPage(@Req() req: Request, @Res() res: Response, @Query() q: SignInQueryDto): void {
    // A session cookie goes to the home page, whose guard decides whether it is still good.
    if (sessionCookie(req)) return res.redirect(303, safeNext(q.next) ?? '/home');
    this.pages.renderBare(req, res, signInView, 'เข้าสู่ระบบ', {
      username: '',
      next: safeNext(q.next) ?? '',
      error: '',
      notice: NOTICES[q.reason ?? ''] ?? '',
    });
  }

  /** The API's sign-in, with the same budget of failures per account (LoginThrottle). */
  @Public()
  @Post('signin')
  async signIn(@Req() req: Request, @Res() res: Response, @Body() dto: SignInFormDto) {
    try {
      const login = { username: dto.username, password: dto.password };
      const session = await this.auth.login(login, req.ip);
      res.cookie(
        SESSION_COOKIE,
        session.accessToken,
        sessionCookieOptions(isHttps(req, this.config.publicBaseUrl), session.expiresIn * 1000),
      );
      const roles = session.user.roles.filter(isRole);
      return res.redirect(303, safeNext(dto.next) ?? homeOf(roles));
    } catch (error) {
      this.refused(req, res, dto, error);
    }
  }

  /** A wrong password or too many of them is answered on the form itself. */
  private refused(req: Request, res: Response, dto: SignInFormDto, error: unknown): void {
    const throttled = error instanceof SignInThrottled;
    const code = error instanceof DomainError ? error.code : undefined;
    if (!throttled && code !== 'INVALID_CREDENTIALS' && code !== 'OFFICE_INACTIVE') throw error;
    if (throttled) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    this.pages.renderBare(
      req,
      res,
      signInView,
      'เข้าสู่ระบบ',
      {
        username: dto.username,
        next: safeNext(dto.next) ?? '',
        error: throttled
          ? `เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอ ${error.retryAfterSeconds} วินาทีแล้วลองใหม่`
          : code === 'OFFICE_INACTIVE'
            ? 'สำนักงานของท่านถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลแพลตฟอร์ม'
            : 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
        notice: '',
      },
      { status: throttled ? 429 : code === 'OFFICE_INACTIVE' ? 403 : 401 },
    );
  }

  /**
   * Public, so that an expired session can still sign out cleanly. A live one is ended for good
   * (every session of the user), so a copied cookie is worthless afterwards.
   */
  @Public()
  @Post('signout')
  @HttpCode(303)
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.auth.signOut(sessionCookie(req));
    const options = sessionCookieOptions(isHttps(req, this.config.publicBaseUrl));
    res.clearCookie(SESSION_COOKIE, options);
    res.clearCookie(CSRF_COOKIE, { ...options, sameSite: 'strict' });
    res.redirect(303, '/?reason=signedout');
  }

  @SignedIn()
  @Get('home')
  home(@CurrentActor() actor: Actor, @Res() res: Response): void {
    res.redirect(303, homeOf(actor.roles));
  }
}
