import { JwtService } from '@nestjs/jwt';
import { TokenService } from '../../src/auth/token.service';
import { approve, bearer, draftAndSubmit } from '../support/memos';
import {
  clickAndWait,
  DEMO_PASSWORD,
  DESKTOP,
  openPage,
  PHONE,
  signIn,
  signOut,
  text,
  useWebApp,
} from '../support/browser';

jest.setTimeout(120_000);

const web = useWebApp();

const apiToken = async (username: string): Promise<string> => {
  const res = await web.app
    .http()
    .post('/api/auth/login')
    .send({ username, password: DEMO_PASSWORD });
  return (res.body as { accessToken: string }).accessToken;
};

describe('web security', () => {
  it('sends the strict CSP and no inline script or style in any page', async () => {
    const w = await openPage(web.browser, DESKTOP);
    const res = await w.page.goto(`${web.app.baseUrl}/`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(await w.page.$eval('html', (h) => h.lang)).toBe('th');
    await signIn(w.page, web.app.baseUrl, 'officer');
    for (const path of ['/inbox', '/memos/new', '/memos?box=drafts', '/notifications']) {
      await w.page.goto(`${web.app.baseUrl}${path}`);
      const inline = await w.page.evaluate(() => ({
        styles: document.querySelectorAll('[style], style').length,
        scripts: Array.from(document.scripts).filter((s) => !s.src).length,
        font: getComputedStyle(document.body).fontFamily,
      }));
      expect({ path, ...inline }).toEqual({
        path,
        styles: 0,
        scripts: 0,
        font: expect.stringContaining('Sarabun') as string,
      });
    }
    expect([...w.problems.console, ...w.problems.requests]).toEqual([]);
  });

  it('refuses a form post without the CSRF token, and one with another session’s token', async () => {
    const w = await openPage(web.browser, DESKTOP);
    await signIn(w.page, web.app.baseUrl, 'officer');
    await w.page.goto(`${web.app.baseUrl}/memos/new`);
    const cookies = await w.page.browserContext().cookies();
    const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const token = await w.page.$eval('input[name="_csrf"]', (i) => i.value);
    const post = (body: string) =>
      fetch(`${web.app.baseUrl}/memos`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          cookie: header,
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
      });
    const form = 'subject=CSRF&to=x&paragraphs=y&urgency=normal&secrecy=normal&intent=save';

    const missing = await post(form);
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('แบบฟอร์มหมดอายุหรือไม่ถูกต้อง');

    const other = await openPage(web.browser, DESKTOP);
    await signIn(other.page, web.app.baseUrl, 'officer2');
    await other.page.goto(`${web.app.baseUrl}/memos/new`);
    const foreign = await other.page.$eval('input[name="_csrf"]', (i) => i.value);
    expect((await post(`${form}&_csrf=${encodeURIComponent(foreign)}`)).status).toBe(403);

    const ok = await post(`${form}&_csrf=${encodeURIComponent(token)}`);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(/^\/memos\/\d+\/edit\?done=save$/);
  });

  it('shows a subject with markup as text, in the inbox and on the memo page', async () => {
    const subject = '<img src=x onerror=alert(1)> ขอความเห็น "ทดสอบ" & <b>ตัวหนา</b>';
    const officer = await openPage(web.browser, PHONE);
    let dialogs = 0;
    officer.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await signIn(officer.page, web.app.baseUrl, 'officer');
    await officer.page.goto(`${web.app.baseUrl}/memos/new`);
    await officer.page.type('#subject', subject);
    await officer.page.type('#paragraph-1', '<script>alert(2)</script>');
    await clickAndWait(officer.page, 'button[value="submit"]');
    expect(await text(officer.page, '#memo-title')).toBe(subject);
    expect(await officer.page.$$('#memo-title img, #memo-title b, .paragraphs script')).toEqual([]);

    const head = await openPage(web.browser, DESKTOP);
    head.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await signIn(head.page, web.app.baseUrl, 'head');
    const subjects = await head.page.$$eval('.memo-subject', (s) => s.map((e) => e.textContent));
    expect(subjects).toContain(subject);
    expect(await head.page.$$('.memo-list img')).toEqual([]);
    expect(dialogs).toBe(0);
  });

  it('signs out cleanly: the session cookie is gone and pages ask to sign in again', async () => {
    const w = await openPage(web.browser, PHONE);
    await signIn(w.page, web.app.baseUrl, 'director');
    const before = await w.page.browserContext().cookies();
    const session = before.find((c) => c.name === 'saraban_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await signOut(w.page);
    expect(await text(w.page, '.flash')).toContain('ออกจากระบบแล้ว');
    const after = await w.page.browserContext().cookies();
    expect(after.find((c) => c.name === 'saraban_session')).toBeUndefined();
    await w.page.goto(`${web.app.baseUrl}/inbox`);
    expect(new URL(w.page.url()).pathname).toBe('/');
    expect(await w.page.$('input[name="password"]')).not.toBeNull();
    // A copy of the old cookie, replayed, is no session either: signing out ended it.
    await w.page.setCookie({ name: session!.name, value: session!.value, url: web.app.baseUrl });
    await w.page.goto(`${web.app.baseUrl}/inbox`);
    expect(new URL(w.page.url()).pathname).toBe('/');
    expect(await text(w.page, '.flash')).toContain('หมดเวลาการใช้งาน');
    expect([...w.problems.console, ...w.problems.requests]).toEqual([]);
  });

  it('renews an aging session while it is used, keeping its forms valid', async () => {
    const w = await openPage(web.browser, DESKTOP);
    await signIn(w.page, web.app.baseUrl, 'head');
    const sessionOf = async () =>
      (await w.page.browserContext().cookies()).find((c) => c.name === 'saraban_session')!;
    const tokens = web.app.app.get(TokenService);
    const signedIn = await tokens.verify((await sessionOf()).value);
    // The same sign-in with a minute left, as if the user had been reading for a while.
    const aging = await web.app.app.get(JwtService).signAsync(
      {
        sub: signedIn!.sub,
        org: signedIn!.org,
        usr: signedIn!.usr,
        ver: signedIn!.ver,
        sid: signedIn!.sid,
      },
      { secret: process.env.JWT_SECRET, algorithm: 'HS256', expiresIn: 60 },
    );
    await w.page.setCookie({ name: 'saraban_session', value: aging, url: web.app.baseUrl });
    await w.page.goto(`${web.app.baseUrl}/inbox`);
    const renewed = await tokens.verify((await sessionOf()).value);
    expect(renewed).toMatchObject({ sub: signedIn!.sub, sid: signedIn!.sid });
    expect(renewed!.exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(tokens.ttlSeconds - 60);
    // The page's CSRF token was made for the sign-in, not the cookie: its form still posts.
    await signOut(w.page);
    expect(await text(w.page, '.flash')).toContain('ออกจากระบบแล้ว');
    expect([...w.problems.console, ...w.problems.requests]).toEqual([]);
  });

  it('sends an expired or forged session back to the sign-in form, and shows Thai error pages', async () => {
    const w = await openPage(web.browser, DESKTOP);
    await w.page.setCookie({
      name: 'saraban_session',
      value: 'not-a-token',
      url: web.app.baseUrl,
    });
    await w.page.goto(`${web.app.baseUrl}/memos?box=drafts`);
    expect(await text(w.page, '.flash')).toContain('หมดเวลาการใช้งาน');
    await w.page.type('input[name="username"]', 'officer');
    await w.page.type('input[name="password"]', DEMO_PASSWORD);
    await clickAndWait(w.page, 'button[type="submit"]');
    // Back where the user was going.
    expect(w.page.url()).toBe(`${web.app.baseUrl}/memos?box=drafts`);

    w.expectStatus(/^\/no-such-page$/, 404);
    w.expectStatus(/^\/registers$/, 403);
    await w.page.goto(`${web.app.baseUrl}/no-such-page`);
    expect(await text(w.page, 'h1')).toBe('ไม่พบหน้าที่ต้องการ');
    await w.page.goto(`${web.app.baseUrl}/registers`);
    expect(await text(w.page, 'h1')).toBe('ไม่มีสิทธิ์เข้าถึง');
    expect(w.problems.console).toEqual([]);
  });

  it('answers a wrong password on the form, in Thai, keeping the username', async () => {
    const w = await openPage(web.browser, PHONE);
    w.expectStatus(/^\/signin$/, 401);
    await w.page.goto(`${web.app.baseUrl}/`);
    await w.page.type('input[name="username"]', 'officer');
    await w.page.type('input[name="password"]', 'wrong-password');
    await clickAndWait(w.page, 'button[type="submit"]');
    expect(await text(w.page, '.flash-error')).toBe('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    expect(await w.page.$eval('#username', (i) => (i as HTMLInputElement).value)).toBe('officer');
    expect([...w.problems.console, ...w.problems.requests]).toEqual([]);
  });

  it('styles the public verify page and OIT page with the same stylesheet', async () => {
    const tokens = Object.fromEntries(
      await Promise.all(
        ['officer', 'head', 'deputy', 'director'].map(async (u) => [u, await apiToken(u)]),
      ),
    ) as Record<string, string>;
    let memo = await draftAndSubmit(web.app, tokens.officer, { subject: 'ประกาศผลการดำเนินงาน' });
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(web.app, tokens[who], memo).expect(200)).body as typeof memo;
    const view = await web.app.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.officer));
    const code = (view.body as { seal: { verifyCode: string } }).seal.verifyCode;

    const w = await openPage(web.browser, PHONE);
    await w.page.goto(`${web.app.baseUrl}/verify/${code}`);
    expect(await text(w.page, 'h1')).toBe('ตรวจสอบความถูกต้องของเอกสาร');
    const shots = process.env.WEB_SCREENSHOTS;
    if (shots) await w.page.screenshot({ path: `${shots}/phone-verify.png`, fullPage: true });
    expect(await w.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      'Sarabun',
    );
    await w.page.goto(`${web.app.baseUrl}/oit/spm-nakhonphanom/2565`);
    if (shots) await w.page.screenshot({ path: `${shots}/phone-oit-public.png` });
    expect(await w.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      'Sarabun',
    );
    expect([...w.problems.console, ...w.problems.requests]).toEqual([]);
  });
});
