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
import {
  decodeCarry,
  hiddenInputsOf,
  RESUME_COOKIE,
  RESUME_PATH,
  resumeCookieOptions,
} from '../session/resume';
import { resumeView } from '../views/pages/resume.view';
import { signInView } from '../views/pages/sign-in.view';
import { TokenService } from '../../auth/token.service';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

/** Typed fields worth showing back before sending them again, with their Thai names. */
const RESUME_SHOWN: Record<string, string> = {
  note: 'ข้อความเกษียน',
  reason: 'เหตุผล',
  subject: 'เรื่อง',
  action: 'การปฏิบัติ',
};

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
    private readonly tokens: TokenService,
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
      const pending = decodeCarry(dto.carry);
      if (pending) {
        res.cookie(RESUME_COOKIE, dto.carry, resumeCookieOptions(this.secure(req)));
        return res.redirect(303, RESUME_PATH);
      }
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
        invalid: code === 'INVALID_CREDENTIALS',
        notice: '',
        carry: decodeCarry(dto.carry) ? dto.carry : undefined,
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

  /** The form the session ended on, offered again with this session's form token. */
  @SignedIn()
  @Get('resume')
  async resume(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookies = req.cookies as Record<string, string | undefined>;
    const pending = decodeCarry(cookies[RESUME_COOKIE]);
    res.clearCookie(RESUME_COOKIE, resumeCookieOptions(this.secure(req)));
    if (!pending) return res.redirect(303, '/home');
    const inputs = hiddenInputsOf(pending.fields);
    const texts = inputs.filter((i) => RESUME_SHOWN[i.name] && i.value.trim() !== '');
    await this.pages.render(req, res, resumeView, 'ดำเนินการต่อจากที่ค้างไว้', {
      path: pending.path,
      inputs,
      texts: texts.map((i) => ({ name: RESUME_SHOWN[i.name], value: i.value })),
    });
  }

  /** "ต่อเวลา": any signed-in request renews an aging session; this says until when. */
  @SignedIn()
  @Post('session/extend')
  @HttpCode(200)
  extend(@Req() req: Request, @Res() res: Response): void {
    const renewed = (res.locals as { sessionEndsAt?: number }).sessionEndsAt;
    const ends = renewed ?? this.tokens.expiryOf(sessionCookie(req)) ?? 0;
    res.json({ seconds: Math.max(0, Math.floor(ends - Date.now() / 1000)) });
  }

  private secure(req: Request): boolean {
    return isHttps(req, this.config.publicBaseUrl);
  }

  @SignedIn()
  @Get('home')
  home(@CurrentActor() actor: Actor, @Res() res: Response): void {
    res.redirect(303, homeOf(actor.roles));
  }
}
