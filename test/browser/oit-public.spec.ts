// The public OIT page as the assessor and the public open it (issue 15 part 2): it fits a phone
// without sideways scrolling, says which items have no evidence, shows each piece of evidence
// with its number and date, and prints cleanly on A4 (no download links, every item present).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fiscalYear } from '../../src/common/thai/thai-format';
import {
  DEMO_PASSWORD,
  DESKTOP,
  openPage,
  PHONE,
  useWebApp,
  Viewport,
  watchPagesPerTest,
} from '../support/browser';
import { login } from '../support/factories';
import { bearer } from '../support/memos';

jest.setTimeout(120_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const year = fiscalYear(new Date());
const CODES = Array.from({ length: 43 }, (_, i) => `O${i + 1}`);

// The coordinator publishes one web page as O8's evidence, dated in the year's first month.
beforeAll(async () => {
  const token = await login(web.app, 'oit', DEMO_PASSWORD);
  const evidence = await web.app
    .http()
    .post('/api/oit/evidence/web')
    .set(bearer(token))
    .send({
      title: 'ช่องทางถาม-ตอบ',
      url: 'https://www.example.go.th/qa',
      date: `${year - 544}-10-05`,
    })
    .expect(201);
  await web.app
    .http()
    .post(`/api/oit/${year}/links`)
    .set(bearer(token))
    .send({ code: 'O8', evidenceId: evidence.body.id })
    .expect(201);
});

async function openPublic(viewport: Viewport) {
  const w = await openPage(web.browser, viewport);
  opened.push(w);
  await w.page.goto(`${web.app.baseUrl}/oit/spm-nakhonphanom/${year}`);
  return w.page;
}

const pdfText = (pdf: Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'saraban-oit-print-')), 'oit.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe.each([
  ['phone', PHONE],
  ['desk', DESKTOP],
])('the public OIT page on a %s', (_name, viewport) => {
  it('fits the screen and names the items without evidence, each linked to its row', async () => {
    const page = await openPublic(viewport);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    const summary = await page.$eval('.summary', (p) => p.textContent ?? '');
    expect(summary).toMatch(/มีหลักฐานครบ [๐-๙]+ จาก ๔๓ ข้อ/);
    const missing = await page.$$eval('tr.missing', (rows) => rows.map((r) => r.id));
    expect(missing.length).toBeGreaterThan(0);
    const linked = await page.$$eval('.summary a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(linked).toEqual(missing.map((code) => `#${code}`));
    for (const code of missing) {
      expect(await page.$eval(`tr#${code}`, (r) => r.textContent)).toContain('ยังไม่มีข้อมูล');
    }
  });

  it('shows every piece of evidence with its date', async () => {
    const page = await openPublic(viewport);
    const evidence = await page.$$eval('tbody td > ul > li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const line of evidence) expect(line).toMatch(/ลงวันที่ [๐-๙]+ /);
  });
});

it('prints on A4 with every item and without the download links', async () => {
  const page = await openPublic(DESKTOP);
  const printed = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  for (const code of CODES) expect(printed).toMatch(new RegExp(`\\b${code}\\b`));
  expect(printed).toContain('ยังไม่มีข้อมูล');
  expect(printed).not.toContain('ดาวน์โหลด');
});
