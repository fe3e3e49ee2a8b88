// Incoming letters in a real browser (issue 16): the registry desk receives a letter with its PDF
// on a desk screen and forwards it to the director; the director orders on a phone, assigning
// กลุ่มนิเทศฯ with a due date; the head assigns the officer, who acknowledges it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import {
  clickAndWait,
  DESKTOP,
  PHONE,
  signedInPage,
  text,
  useWebApp,
  Viewport,
  WatchedPage,
} from '../support/browser';
import { tinyPdf } from '../support/tiny-pdf';

jest.setTimeout(240_000);

const web = useWebApp();
const SUBJECT = 'ขอเชิญประชุมเชิงปฏิบัติการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์';

const PDF_FILE = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'saraban-incoming-')), 'หนังสือ สพฐ.pdf');
  writeFileSync(file, tinyPdf('letter from OBEC'));
  return file;
})();

describe('an incoming letter through the web pages', () => {
  const opened: WatchedPage[] = [];

  const as = async (username: string, viewport: Viewport): Promise<Page> =>
    (await signedInPage(web, opened, username, viewport)).page;
  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  const openFromInbox = async (page: Page) => {
    await page.goto(`${web.app.baseUrl}/inbox`);
    const href = await page.$$eval(
      '.memo-link',
      (links, s) => links.find((a) => a.textContent?.includes(s))?.getAttribute('href') ?? '',
      SUBJECT,
    );
    expect(href).toMatch(/^\/incoming\/\d+$/);
    await clickAndWait(page, `.memo-link[href="${href}"]`);
  };

  afterAll(async () => {
    const problems = opened.flatMap((w) => [...w.problems.console, ...w.problems.requests]);
    await Promise.all(opened.map((w) => w.page.browserContext().close()));
    expect(problems).toEqual([]);
  });

  it('is received at the desk, ordered on a phone, assigned and acknowledged', async () => {
    const desk = await as('registrar', DESKTOP);
    await clickAndWait(desk, '.main-nav a[href="/incoming/new"]');
    // Keyboard first: the cursor starts in จาก, and Tab walks the fields in reading order.
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('fromAgency');
    const next = await text(desk, '#next-number strong');
    await desk.keyboard.type('สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type('ศธ ๐๔๐๐๖/ว ๗๘๙');
    await desk.keyboard.press('Tab');
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('theirDate');
    await desk.keyboard.type('๒/๕/๒๕๖๙');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type(SUBJECT);
    await desk.select('#urgency', 'very_urgent');
    const input = await desk.$('input#file');
    await input!.uploadFile(PDF_FILE);
    await clickAndWait(desk, '#receive-form button[type="submit"]');
    expect(desk.url()).toMatch(/\/incoming\/\d+\?done=receive$/);
    const letterUrl = desk.url().replace(/\?.*$/, '');
    expect(await text(desk, '.flash')).toContain('ลงรับหนังสือแล้ว');
    expect(await text(desk, '.memo-head')).toContain(next);
    expect(await text(desk, '.memo-head')).toContain('๒ พฤษภาคม ๒๕๖๙');
    expect(await text(desk, '.attachments')).toContain('หนังสือ สพฐ.pdf');
    // The director is offered first; one click puts the letter before them.
    expect(await desk.$eval('#forward-to', (s) => (s as HTMLSelectElement).value)).toBe('director');
    await clickAndWait(desk, '#forward-form button[type="submit"]');
    expect(await text(desk, '.flash')).toContain('ส่งต่อผู้บริหารแล้ว');

    const director = await as('director', PHONE);
    await openFromInbox(director);
    expect(director.url()).toBe(letterUrl);
    await noSidewaysScroll(director);
    await director.click('#assign-groups input[data-short="กลุ่มนิเทศฯ"]');
    await director.click('.presets button[data-preset="ทราบ มอบ … ดำเนินการ"]');
    expect(await director.$eval('#endorse-note', (t) => (t as HTMLTextAreaElement).value)).toBe(
      'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ',
    );
    await director.type('#endorse-due', '๓๑/๕/๒๕๖๙');
    await clickAndWait(director, '#endorse-form button[type="submit"]');
    expect(await text(director, '.flash')).toContain('บันทึกการสั่งการแล้ว');
    expect(await text(director, '.memo-head')).toContain('ภายใน ๓๑ พฤษภาคม ๒๕๖๙');
    expect(await text(director, '.chain')).toContain('เลขรับของกลุ่ม');
    await noSidewaysScroll(director);

    const head = await as('head', PHONE);
    await openFromInbox(head);
    await head.select('#assign-to', 'officer');
    await clickAndWait(head, '#assign-form button[type="submit"]');
    expect(await text(head, '.flash')).toContain('มอบหมายผู้รับผิดชอบแล้ว');

    const officer = await as('officer', PHONE);
    await openFromInbox(officer);
    await clickAndWait(officer, 'form[action$="/acknowledge"] button');
    expect(await text(officer, '.flash')).toContain('รับทราบแล้ว');
    expect(await text(officer, '.chain')).toContain('กำลังดำเนินการ');
    expect(await officer.$('a[href^="/memos/new?inReplyTo="]')).not.toBeNull();

    // The register at phone width: no sideways scroll, the letter listed with its number.
    const deskPhone = await as('registrar', PHONE);
    for (const path of ['/incoming', '/incoming/new', letterUrl.replace(web.app.baseUrl, '')]) {
      await deskPhone.goto(`${web.app.baseUrl}${path}`);
      await noSidewaysScroll(deskPhone);
    }
    await deskPhone.goto(`${web.app.baseUrl}/incoming`);
    expect(await text(deskPhone, '.letter-list')).toContain(`เลขรับ ${next}`);
  });
});
