import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ErrorBody } from '../../common/errors/error-body';
import { AllExceptionsFilter } from '../../common/errors/http-exception.filter';
import { AppConfig } from '../../config/app-config';
import { thaiCount } from '../format';
import { isHttps, SESSION_COOKIE, sessionCookie, sessionCookieOptions } from '../session/cookies';
import { encodeCarry, pendingFormOf } from '../session/resume';
import { errorView } from '../views/pages/error.view';
import { signInView } from '../views/pages/sign-in.view';
import { isSignedIn, WebPages } from '../web-pages';

const HEADINGS: Record<number, string> = {
  400: 'ข้อมูลไม่ถูกต้อง',
  403: 'ไม่มีสิทธิ์เข้าถึง',
  404: 'ไม่พบหน้าที่ต้องการ',
  409: 'ข้อมูลมีการเปลี่ยนแปลง',
  413: 'ไฟล์มีขนาดใหญ่เกินไป',
  415: 'ไม่รองรับไฟล์ชนิดนี้',
  429: 'มีการเรียกใช้บ่อยเกินไป',
  500: 'เกิดข้อผิดพลาดในระบบ',
  503: 'ระบบไม่พร้อมให้บริการชั่วคราว',
};

/** Browsers navigating outside /api get Thai pages; API clients keep their JSON. */
const wantsHtml = (req: Request): boolean =>
  !req.path.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');

/**
 * Error pages for the web interface through AllExceptionsFilter's hook: an expired or missing
 * session goes back to the sign-in form; anything else is a Thai page with the right status.
 */
@Injectable()
export class HtmlErrors implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly pages: WebPages,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    AllExceptionsFilter.htmlRenderer = (req, res, body) => this.render(req, res, body);
  }

  onModuleDestroy(): void {
    AllExceptionsFilter.htmlRenderer = undefined;
  }

  render(req: Request, res: Response, body: ErrorBody): boolean {
    if (!wantsHtml(req)) return false;
    if (body.code === 'UNAUTHENTICATED') {
      const expired = sessionCookie(req) !== '';
      res.clearCookie(
        SESSION_COOKIE,
        sessionCookieOptions(isHttps(req, this.config.publicBaseUrl)),
      );
      const pending = expired ? pendingFormOf(req) : null;
      if (pending) return this.signInKeeping(req, res, encodeCarry(pending));
      const params = new URLSearchParams();
      if (req.method === 'GET' && req.originalUrl !== '/home') params.set('next', req.originalUrl);
      if (expired) params.set('reason', 'expired');
      const query = params.toString();
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, query ? `/?${query}` : '/');
      return true;
    }
    try {
      this.page(req, res, body);
      return true;
    } catch {
      // Never fail while reporting a failure: the filter answers JSON instead.
      return false;
    }
  }

  /** The session ended while a form was filled in: sign in again without losing it. */
  private signInKeeping(req: Request, res: Response, carry: string): boolean {
    // The session cookie is cleared by this answer: the form token is made for a signed-out page.
    delete (req.cookies as Record<string, string>)[SESSION_COOKIE];
    this.pages.renderBare(
      req,
      res,
      signInView,
      'หมดเวลาการใช้งาน',
      {
        username: '',
        next: '',
        error: '',
        notice:
          'หมดเวลาการใช้งานระหว่างทำรายการ สิ่งที่ท่านกรอกไว้ยังอยู่ ' + 'เข้าสู่ระบบอีกครั้งแล้วยืนยันเพื่อดำเนินการต่อ',
        carry,
      },
      { status: 401 },
    );
    return true;
  }

  /**
   * A signed-in user keeps the header and menu (and so the way out); the page is rendered after
   * the filter returns, and falls back to the bare layout should the full one fail (a database
   * down is one reason for an error page).
   */
  private page(req: Request, res: Response, body: ErrorBody): void {
    const heading = headingOf(req, body);
    const model = {
      statusText: `รหัส ${thaiCount(body.statusCode)}`,
      heading,
      message: messageOf(req, body),
      details: validationDetails(body),
      requestId: body.statusCode >= 500 ? (body.requestId ?? '') : '',
      back: '/home',
    };
    const status = { status: body.statusCode };
    const bare = (): void => this.pages.renderBare(req, res, errorView, heading, model, status);
    if (!isSignedIn(req) || body.statusCode >= 500) return bare();
    this.pages.render(req, res, errorView, heading, model, status).catch(() => {
      if (!res.headersSent) bare();
    });
  }
}

/** A memo that does not exist and one the user may not open look the same, on purpose. */
const MISSING_MEMO = /^\/memos\/\d+(\/|$)/;

const headingOf = (req: Request, body: ErrorBody): string =>
  body.code === 'NOT_FOUND' && MISSING_MEMO.test(req.path)
    ? 'ไม่พบบันทึก'
    : (HEADINGS[body.statusCode] ?? 'เกิดข้อผิดพลาด');

const messageOf = (req: Request, body: ErrorBody): string =>
  body.code === 'NOT_FOUND' && MISSING_MEMO.test(req.path)
    ? 'ไม่พบบันทึกนี้ หรือท่านไม่มีสิทธิ์เปิด'
    : body.messageTh;

/** class-validator messages are English and technical; only a count is shown in Thai. */
function validationDetails(body: ErrorBody): string[] {
  if (body.code !== 'VALIDATION_FAILED' || !Array.isArray(body.details)) return [];
  return [`พบข้อมูลที่ไม่ถูกต้อง ${thaiCount(body.details.length)} รายการ กรุณาตรวจสอบแล้วลองใหม่`];
}
