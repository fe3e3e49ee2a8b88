import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickAndWait,
  DEMO_PASSWORD,
  DESKTOP,
  openPage,
  PHONE,
  signedInPage,
  text,
  WatchedPage,
  useWebApp,
  watchPagesPerTest,
} from '../support/browser';

jest.setTimeout(120_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const as = (username: string, viewport = DESKTOP) => signedInPage(web, opened, username, viewport);

/** Drafts and submits through the form; returns the memo's path. */
const submitMemo = async (w: WatchedPage, subject: string): Promise<string> => {
  await w.page.goto(`${web.app.baseUrl}/memos/new`);
  await w.page.type('#subject', subject);
  await w.page.type('#paragraph-1', 'เนื้อความสำหรับการทดสอบหน้าเว็บ');
  await clickAndWait(w.page, 'button[value="submit"]');
  return new URL(w.page.url()).pathname;
};

describe('web pages', () => {
  it('signs in and moves around with the keyboard alone', async () => {
    const w = await openPage(web.browser, DESKTOP);
    opened.push(w);
    await w.page.goto(`${web.app.baseUrl}/`);
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('ข้ามไปยังเนื้อหา');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('username');
    await w.page.keyboard.type('officer');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([w.page.waitForNavigation(), w.page.keyboard.press('Enter')]);
    expect(new URL(w.page.url()).pathname).toBe('/inbox');
    // The focus ring is drawn (outline) on whatever has keyboard focus.
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    const outline = await w.page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
  });

  it('shows the fresh state with a Thai message when someone else acted first (409)', async () => {
    const officer = await as('officer', PHONE);
    const path = await submitMemo(officer, 'ขอความเห็นชอบแผนการนิเทศ');
    const stale = await as('head');
    stale.expectStatus(/\/return$/, 409);
    await stale.page.goto(`${web.app.baseUrl}${path}`);
    const other = await as('head', PHONE);
    await other.page.goto(`${web.app.baseUrl}${path}`);
    await clickAndWait(other.page, 'button[value="approve"]');
    // The same approval sent again is taken as a retry (the memo, no error); sending the memo
    // back from the page opened before it was approved is stale.
    await stale.page.click('#actions details:has(form[action$="/return"]) summary');
    await stale.page.type('#return-note', 'โปรดแก้ไขแผน');
    await clickAndWait(stale.page, 'form[action$="/return"] button[type="submit"]');
    expect(await text(stale.page, '.flash-error')).toContain('มีผู้ดำเนินการกับบันทึกนี้ไปก่อนแล้ว');
    // The page now shows the memo as it is: waiting for the deputy, no approve button for head.
    expect(await text(stale.page, '.memo-head')).toContain('รองผู้อำนวยการ');
    expect(await stale.page.$('button[value="approve"]')).toBeNull();
  });

  it('attaches and removes a file on a draft, with an announcement for signature', async () => {
    const officer = await as('officer');
    const p = officer.page;
    await p.goto(`${web.app.baseUrl}/memos/new`);
    await p.type('#subject', 'ขอลงนามประกาศเจตจำนงสุจริต');
    await p.type('#paragraph-1', 'เห็นควรลงนามในประกาศ ฯ ดังแนบ');
    await p.click('input[name="issuanceKind"][value="announcement"]');
    await p.type('#issuanceSubject', 'เจตจำนงสุจริตในการบริหารงาน');
    await p.type('#issuanceText', 'ข้าพเจ้าจะบริหารงานด้วยความซื่อสัตย์สุจริต');
    await clickAndWait(p, 'button[value="save"]');
    expect(new URL(p.url()).pathname).toMatch(/^\/memos\/\d+\/edit$/);
    expect(await text(p, '.flash')).toContain('บันทึกร่างแล้ว');

    const dir = mkdtempSync(join(tmpdir(), 'saraban-upload-'));
    const file = join(dir, 'หนังสืออ้างอิง.pdf');
    writeFileSync(file, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const input = await p.$('input[type="file"]');
    await input!.uploadFile(file);
    await clickAndWait(p, 'form[enctype="multipart/form-data"] button');
    expect(await text(p, '.flash')).toContain('แนบไฟล์แล้ว');
    expect(await text(p, '.attachments')).toContain('หนังสืออ้างอิง.pdf');
    await clickAndWait(p, '.attachments form button');
    expect(await text(p, '.flash')).toContain('ลบไฟล์แนบแล้ว');
    expect(await p.$('.attachments')).toBeNull();

    await clickAndWait(p, 'button[value="submit"]');
    expect(await text(p, '#issuance-title')).toContain('ประกาศ');
  });

  it('rings the bell for the author and opens the memo from the list', async () => {
    const officer = await as('officer2');
    const path = await submitMemo(officer, 'ขออนุมัติจัดซื้อวัสดุสำนักงาน');
    const head = await as('head.promotion', PHONE);
    await head.page.goto(`${web.app.baseUrl}${path}`);
    await head.page.click('#actions details summary');
    await head.page.type('#return-note', 'โปรดแนบใบเสนอราคา');
    await clickAndWait(head.page, 'form[action$="/return"] button[type="submit"]');

    await officer.page.goto(`${web.app.baseUrl}/inbox`);
    expect(await text(officer.page, '.bell .count')).toBe('๑');
    await clickAndWait(officer.page, '.bell');
    expect(await text(officer.page, '.memo-list')).toContain('ขออนุมัติจัดซื้อวัสดุสำนักงาน');
    await clickAndWait(officer.page, '.notification-open');
    expect(new URL(officer.page.url()).pathname).toBe(path);
    expect(await officer.page.$('.bell .count')).toBeNull();
  });

  it('lets the admin add a user, suspend them, and give and revoke a delegation', async () => {
    const admin = await as('admin', PHONE);
    const p = admin.page;
    expect(new URL(p.url()).pathname).toBe('/admin');
    await p.type('#u-username', 'newofficer');
    await p.type('#u-password', 'a-long-password-1');
    await p.type('#u-title', 'นาย');
    await p.type('#u-first', 'ทดสอบ');
    await p.type('#u-last', 'ระบบใหม่');
    await p.click('input[name="roles"][value="officer"]');
    await clickAndWait(p, '#new-user button[type="submit"]');
    expect(await text(p, '.flash')).toContain('เพิ่มผู้ใช้แล้ว');
    await clickAndWait(p, 'button[aria-label="ระงับ การใช้งานของ นายทดสอบ ระบบใหม่"]');
    // One click asks first (a11y M10), naming the person; the confirmation acts.
    expect(await text(p, '.confirm h1')).toBe('ยืนยันการระงับการใช้งานของ นายทดสอบ ระบบใหม่');
    await clickAndWait(p, '.confirm form[action$="/active"] button[type="submit"]');
    expect(await text(p, '#users')).toContain('ระงับอยู่');
    expect(await text(p, '#undo')).toContain('ระงับการใช้งานของ นายทดสอบ ระบบใหม่ แล้ว');

    await p.select('#d-kind', 'acting');
    const deputy = await p.$$eval('#d-delegate option', (os) =>
      os.find((o) => o.textContent?.includes('(deputy)'))?.getAttribute('value'),
    );
    await p.select('#d-delegate', deputy!);
    await p.$eval('#d-start', (i) => ((i as HTMLInputElement).value = '2026-01-01'));
    await p.click('input[name="documentKinds"][value="memo"]');
    await clickAndWait(p, 'form[action="/admin/delegations"] button[type="submit"]');
    expect(await text(p, '.flash')).toContain('บันทึกการมอบอำนาจแล้ว');
    expect(await text(p, '#delegations')).toContain('รักษาราชการแทน');
    await clickAndWait(p, 'button[aria-label="ยกเลิก การมอบอำนาจให้ นายประเสริฐ สุขใจ"]');
    expect(await text(p, '.confirm h1')).toBe('ยืนยันการยกเลิกการมอบอำนาจให้ นายประเสริฐ สุขใจ');
    await clickAndWait(p, '.confirm form[action$="/revoke"] button[type="submit"]');
    expect(await text(p, '#undo')).toContain('ยกเลิกการมอบอำนาจให้ นายประเสริฐ สุขใจ แล้ว');
    // Undo, from the message.
    await clickAndWait(p, '#undo button[type="submit"]');
    expect(await text(p, '.flash')).toContain('คืนการมอบอำนาจแล้ว');
  });

  it('shows the registrar the audit trail with an intact chain', async () => {
    const registrar = await as('registrar');
    await clickAndWait(registrar.page, '.main-nav a[href="/audit"]');
    expect(await text(registrar.page, '#chain-status')).toContain('ถูกต้องครบ');
    expect(await registrar.page.$$('table.data tbody tr')).not.toHaveLength(0);
  });
});
