// Issue 18 in the browser at desk size: the platform administrator creates an office with its
// first admin on /platform; that admin checks a groups CSV on /admin/import (a per-row table),
// then imports it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import {
  clickAndWait,
  DESKTOP,
  openPage,
  signIn,
  signOut,
  text,
  useWebApp,
  watchPagesPerTest,
} from '../support/browser';
import { groupsCsv } from '../support/offices';

jest.setTimeout(120_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const GROUPS_FILE = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'saraban-import-')), 'กลุ่ม.csv');
  writeFileSync(file, groupsCsv());
  return file;
})();

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

it('creates an office on /platform, whose admin checks and imports its groups on /admin/import', async () => {
  const w = await openPage(web.browser, DESKTOP);
  opened.push(w);
  const { page } = w;
  await signIn(page, web.app.baseUrl, 'platform');
  expect(new URL(page.url()).pathname).toBe('/platform');
  expect(await text(page, '#offices')).toContain('สพม.นครพนม');
  for (const [id, value] of [
    ['#o-code', 'spm-browser'],
    ['#o-name', 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบเบราว์เซอร์'],
    ['#o-short', 'สพม.เบราว์เซอร์'],
    ['#o-book', 'ศธ ๐๔๓๘๘'],
    ['#a-username', 'browser.admin'],
    ['#a-password', 'saraban-demo'],
    ['#a-name', 'นายผู้ดูแล เบราว์เซอร์'],
  ]) {
    await page.type(id, value);
  }
  await clickAndWait(page, 'form[action="/platform/offices"] button[type="submit"]');
  expect(await text(page, '.flash')).toContain('เพิ่มสำนักงานแล้ว');
  expect(await text(page, '#offices')).toContain('สพม.เบราว์เซอร์');
  expect(await fitsWidth(page)).toBe(true);
  await signOut(page);

  await signIn(page, web.app.baseUrl, 'browser.admin');
  await page.goto(`${web.app.baseUrl}/admin/import`);
  expect(await text(page, 'main')).toContain('นำเข้าทั้งไฟล์หรือไม่นำเข้าเลย');
  const input = await page.$('input[type="file"]');
  await input!.uploadFile(GROUPS_FILE);
  await clickAndWait(page, '#upload button[type="submit"]');
  expect(await text(page, '#result')).toContain('ถูกต้องทั้ง ๑๐ แถว');
  expect(await page.$$eval('#result tbody tr', (rows) => rows.length)).toBe(10);
  expect(await fitsWidth(page)).toBe(true);
  await clickAndWait(page, '#result form button[type="submit"]');
  expect(await text(page, '#result-title')).toContain('นำเข้ากลุ่มแล้ว');
  await page.goto(`${web.app.baseUrl}/admin#groups`);
  expect(await text(page, '#groups')).toContain('กลุ่มกฎหมายและคดี');
});
