// The OIT coordinator's whole job in the browser (issue 15 part 3), at phone and desk size:
// upload a file as O23's evidence for one month, enter IIT/EIT, submit after the confirmation,
// and see the public page change with the evidence, then stay frozen after a later change;
// the settings and catalog pages fit the screen too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { fiscalYear } from '../../src/common/thai/thai-format';
import {
  clickAndWait,
  DESKTOP,
  openPage,
  PHONE,
  signIn,
  text,
  Viewport,
  WatchedPage,
  useWebApp,
  watchPagesPerTest,
} from '../support/browser';

jest.setTimeout(180_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const PDF_FILE = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'saraban-oit-')), 'สขร1.pdf');
  writeFileSync(file, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  return file;
})();

/** No sideways scrolling: the page fits the viewport's width. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const setValue = (page: Page, selector: string, value: string) =>
  page.$eval(selector, (el, v) => ((el as HTMLInputElement).value = v), value);

/** From /oit: add a file as O23's evidence dated in the year's first month (October). */
async function uploadO23(w: WatchedPage, year: number, title: string): Promise<void> {
  const { page } = w;
  await page.goto(`${web.app.baseUrl}/oit?year=${year}`);
  await clickAndWait(page, 'a[href^="/oit/evidence"]');
  await page.select('#item', 'O23');
  await clickAndWait(page, 'form[action="/oit/evidence"] button[type="submit"]');
  expect(await text(page, '#chosen-title')).toContain('O23');
  expect(await fitsWidth(page)).toBe(true);
  await page.type('#file-title-input', title);
  await setValue(page, '#file-date', `${year - 544}-10-15`);
  const input = await page.$('input[type="file"]');
  await input!.uploadFile(PDF_FILE);
  await clickAndWait(page, 'form[action^="/oit/evidence/file"] button[type="submit"]');
  expect(new URL(page.url()).pathname).toBe('/oit');
  expect(await text(page, '.flash')).toContain('เพิ่มหลักฐานและเชื่อมกับข้อ OIT แล้ว');
  expect(await page.$eval('#item-O23', (li) => li.textContent)).toContain(title);
}

const publicText = async (page: Page, year: number): Promise<string> => {
  await page.goto(`${web.app.baseUrl}/oit/spm-nakhonphanom/${year}`);
  return page.$eval('main', (main) => main.innerText);
};

async function coordinatorWalk(viewport: Viewport, year: number): Promise<void> {
  const w = await openPage(web.browser, viewport);
  opened.push(w);
  await signIn(w.page, web.app.baseUrl, 'oit');
  const { page } = w;
  const first = `สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ${viewport.width}`;
  const later = `สรุปผลการจัดซื้อจัดจ้าง ส่งภายหลัง ${viewport.width}`;
  expect(await publicText(page, year)).not.toContain(first);

  await uploadO23(w, year, first);
  expect(await fitsWidth(page)).toBe(true);
  expect(await publicText(page, year)).toContain(first);

  await page.goto(`${web.app.baseUrl}/oit?year=${year}`);
  await page.type('#iit', '27.5');
  await page.type('#eit', '26.25');
  await clickAndWait(page, 'form[action="/oit/survey"] button[type="submit"]');
  expect(await text(page, '.flash')).toContain('บันทึกคะแนน IIT และ EIT แล้ว');
  expect(await text(page, '.score-cards')).toContain('ระดับ (ITA');

  await clickAndWait(page, 'a[href="/oit/settings"]');
  await page.select('#rule-code', 'O23');
  await page.type('#rule-pattern', `สขร ${viewport.width}`);
  await clickAndWait(page, 'form[action="/oit/rules"] button[type="submit"]');
  expect(await text(page, '.flash')).toContain('เพิ่มเงื่อนไขแล้ว');
  expect(await text(page, '#rules')).toContain(`สขร ${viewport.width}`);
  expect(await fitsWidth(page)).toBe(true);
  await page.goto(`${web.app.baseUrl}/oit/catalogs`);
  expect(await text(page, '#load-title')).toContain('โหลดรายการ');
  expect(await fitsWidth(page)).toBe(true);

  await page.goto(`${web.app.baseUrl}/oit?year=${year}`);
  await clickAndWait(page, 'a[href^="/oit/submit"]');
  expect(await text(page, '#frozen')).toContain('เมื่อส่งแล้วจะแก้ไขไม่ได้');
  expect(await fitsWidth(page)).toBe(true);
  await clickAndWait(page, 'form[action="/oit/submit"] button[type="submit"]');
  expect(await text(page, '.flash')).toContain('ส่งข้อมูล OIT แล้ว');
  expect(await page.$('a[href^="/oit/submit"]')).toBeNull();
  expect(await page.$('form[action="/oit/survey"]')).toBeNull();
  const frozen = await publicText(page, year);
  expect(frozen).toContain(first);

  // A later change still reaches the office's checklist, but not the submitted public page.
  await uploadO23(w, year, later);
  const after = await publicText(page, year);
  expect(after).not.toContain(later);
  expect(after).toBe(frozen);
}

describe('the OIT coordinator in the browser', () => {
  const current = fiscalYear(new Date());

  it('uploads, links O23 for a month, enters IIT/EIT and submits on a phone (390×844)', async () => {
    await coordinatorWalk(PHONE, current - 1);
  });

  it('does the same at the desk (1366×900)', async () => {
    await coordinatorWalk(DESKTOP, current);
  });
});
