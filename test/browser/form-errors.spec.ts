// Accessibility audit M4, L3, L4, L6, L7, L9: form errors tied to their fields, error titles,
// the account menu, error pages with the menu, and the wording left over.
import type { Page } from 'puppeteer';
import { seriousViolations } from '../support/axe';
import {
  clickAndWait,
  DEMO_PASSWORD,
  DESKTOP,
  openPage,
  PHONE,
  signedInPage,
  text,
  useWebApp,
  watchPagesPerTest,
} from '../support/browser';
import { login } from '../support/factories';
import { approve, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(120_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const as = (username: string, viewport = DESKTOP) => signedInPage(web, opened, username, viewport);

/** The field's state as assistive technology reads it: invalid, and the text it points to. */
const fieldState = (page: Page, id: string) =>
  page.$eval(`#${id}`, (el) => ({
    invalid: el.getAttribute('aria-invalid'),
    described: (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((ref) => document.getElementById(ref)?.textContent ?? `missing #${ref}`),
  }));

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('form errors tied to their fields (M4)', () => {
  it('a draft saved without subject or body: fields invalid, summary focused and linked', async () => {
    const w = await as('officer', PHONE);
    w.expectStatus(/^\/memos$/, 400);
    await w.page.goto(`${web.app.baseUrl}/memos/new`);
    // The server's own check, as with a browser that does not check required fields.
    await w.page.$eval('#draft-form', (f) => ((f as HTMLFormElement).noValidate = true));
    await w.page.$eval('#paragraph-1', (el) => ((el as HTMLTextAreaElement).value = ''));
    await clickAndWait(w.page, 'button[value="save"]');

    expect(await w.page.title()).toMatch(/^ข้อผิดพลาด: เขียนบันทึกข้อความ/);
    expect(await focusedId(w.page)).toBe('form-errors');
    expect(await w.page.$eval('#form-errors', (el) => el.getAttribute('role'))).toBe('alert');
    expect(await fieldState(w.page, 'subject')).toEqual({
      invalid: 'true',
      described: ['กรุณากรอกเรื่อง'],
    });
    expect(await fieldState(w.page, 'paragraph-1')).toEqual({
      invalid: 'true',
      described: ['กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า', expect.stringContaining('แบ่งเป็นย่อหน้า')],
    });
    // A field without an error says nothing of the kind.
    expect((await fieldState(w.page, 'to')).invalid).toBeNull();
    const links = await w.page.$$eval('#form-errors a', (as) =>
      as.map((a) => [a.getAttribute('href'), a.textContent]),
    );
    expect(links).toEqual([
      ['#subject', 'กรุณากรอกเรื่อง'],
      ['#paragraph-1', 'กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า'],
    ]);
    await w.page.click('#form-errors a[href="#paragraph-1"]');
    expect(await focusedId(w.page)).toBe('paragraph-1');
    expect(await seriousViolations(w.page)).toEqual([]);
  });

  it('a wrong password: both fields invalid and pointing to the message, which has focus', async () => {
    const w = await openPage(web.browser, DESKTOP);
    opened.push(w);
    w.expectStatus(/^\/signin$/, 401);
    await w.page.goto(`${web.app.baseUrl}/`);
    await w.page.type('#username', 'officer');
    await w.page.type('#password', 'not-the-password');
    await clickAndWait(w.page, 'button[type="submit"]');
    expect(await w.page.title()).toMatch(/^ข้อผิดพลาด: เข้าสู่ระบบ/);
    expect(await focusedId(w.page)).toBe('form-errors');
    for (const id of ['username', 'password']) {
      expect(await fieldState(w.page, id)).toEqual({
        invalid: 'true',
        described: ['ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง'],
      });
    }
    // And signing in then works as usual.
    await w.page.$eval('#password', (el) => ((el as HTMLInputElement).value = ''));
    await w.page.type('#password', DEMO_PASSWORD);
    await clickAndWait(w.page, 'button[type="submit"]');
    expect(new URL(w.page.url()).pathname).toBe('/inbox');
  });
});

describe('header, error pages and wording (L3, L4, L6, L7, L9)', () => {
  it('the account menu says it holds ออกจากระบบ and closes with Escape', async () => {
    const w = await as('officer');
    const name = await w.page.$eval('.account summary', (el) => el.textContent);
    expect(name).toContain('ออกจากระบบ');
    await w.page.focus('.account summary');
    await w.page.keyboard.press('Enter');
    expect(await w.page.$eval('details.account', (d) => d.open)).toBe(true);
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Escape');
    expect(await w.page.$eval('details.account', (d) => d.open)).toBe(false);
    expect(await w.page.evaluate(() => document.activeElement?.closest('.account') !== null)).toBe(
      true,
    );
    expect(await text(w.page, '.site-footer')).not.toMatch(/[A-Za-z]/);
  });

  it('a memo that is not there: the full layout with the menu and a clear message', async () => {
    const w = await as('officer');
    w.expectStatus(/^\/memos\/999999$/, 404);
    await w.page.goto(`${web.app.baseUrl}/memos/999999`);
    expect(await w.page.title()).toMatch(/^ข้อผิดพลาด: /);
    expect(await w.page.$('.main-nav')).not.toBeNull();
    expect(await w.page.$('form[action="/signout"]')).not.toBeNull();
    expect(await text(w.page, 'main')).toContain('ไม่พบบันทึกนี้ หรือท่านไม่มีสิทธิ์เปิด');
  });

  it('ด่วนภายใน and the issuance preview only when they apply; a draft is set aside, not withdrawn', async () => {
    const w = await as('officer');
    await w.page.goto(`${web.app.baseUrl}/memos/new`);
    const shown = (selector: string) =>
      w.page.$eval(selector, (el) => (el as HTMLElement).offsetParent !== null);
    expect(await shown('#urgentBy')).toBe(false);
    expect(await shown('[data-issuance-preview]')).toBe(false);
    await w.page.select('#urgency', 'urgent');
    expect(await shown('#urgentBy')).toBe(true);
    await w.page.click('input[name="issuanceKind"][value="announcement"]');
    expect(await shown('[data-issuance-preview]')).toBe(true);

    await w.page.type('#subject', 'ร่างที่จะยกเลิก');
    await w.page.type('#paragraph-1', 'เนื้อความ');
    await w.page.type('#issuanceSubject', 'ประกาศทดสอบ');
    await w.page.type('#issuanceText', 'ข้อความประกาศ');
    await clickAndWait(w.page, 'button[value="save"]');
    const edit = new URL(w.page.url()).pathname;
    await w.page.goto(`${web.app.baseUrl}${edit.replace(/\/edit$/, '')}`);
    const summaries = await w.page.$$eval('details.action summary', (s) =>
      s.map((e) => e.textContent),
    );
    expect(summaries).toContain('ยกเลิกร่าง…');
    expect(summaries).not.toContain('ถอนเรื่อง…');
  });

  it('the register: ปกติ for a number in use, ยกเลิกเลขนี้…, and a CSV in Thai', async () => {
    const token = (u: string) => login(web.app, u, DEMO_PASSWORD);
    const [officer, head, deputy, director] = await Promise.all(
      ['officer', 'head', 'deputy', 'director'].map(token),
    );
    let memo: MemoJson = await draftAndSubmit(web.app, officer, { subject: 'ทดสอบทะเบียน' });
    for (const approver of [head, deputy, director]) {
      memo = (await approve(web.app, approver, memo)).body as MemoJson;
    }
    const w = await as('registrar');
    await w.page.goto(`${web.app.baseUrl}/registers`);
    const row = await w.page.$$eval('tbody tr', (rows) =>
      rows.map((r) => (r as HTMLElement).innerText).find((t) => t.includes('ทดสอบทะเบียน')),
    );
    expect(row).toContain('ปกติ');
    expect(row).not.toContain('ใช้งาน');
    expect(row).toContain('ยกเลิกเลขนี้…');
    const csvHref = await w.page.$eval('a[download]', (a) => a.getAttribute('href') ?? '');
    const csv = await w.page.evaluate(
      (href) => fetch(href, { credentials: 'same-origin' }).then((r) => r.text()),
      csvHref,
    );
    expect(csv).toContain('บันทึกข้อความ');
    expect(csv).not.toMatch(/\bmemo\b/);
    expect(csv).toContain('ปกติ');
  });
});
