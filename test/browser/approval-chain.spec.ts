// The coordinator's step below confirms a proposal: suggestions stay proposals here, since the
// suggester now confirms a six-month report with its body by itself.
import '../support/no-auto-confirm';
import type { Page } from 'puppeteer';
import {
  clickAndWait,
  DESKTOP,
  PHONE,
  signedInPage,
  text,
  Viewport,
  WatchedPage,
  useWebApp,
} from '../support/browser';

jest.setTimeout(180_000);

const SHOTS = process.env.WEB_SCREENSHOTS;

const web = useWebApp();

/** The whole chain through the web pages, once on a phone and once on a desk (one office). */
describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as Array<[string, Viewport]>)('the web inbox on a %s', (label, viewport) => {
  const opened: WatchedPage[] = [];

  const as = (username: string) => signedInPage(web, opened, username, viewport);
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${label}-${name}.png`, fullPage: true });
  };

  afterEach(async () => {
    // Every page of the test: no console errors, no failed or erroring requests.
    const problems = opened.flatMap((w) => [...w.problems.console, ...w.problems.requests]);
    await Promise.all(opened.splice(0).map((w) => w.page.browserContext().close()));
    expect(problems).toEqual([]);
  });

  const openMemoFromInbox = async (page: Page, subject: string) => {
    await page.goto(`${web.app.baseUrl}/inbox`);
    await shot(page, 'inbox');
    const href = await page.$$eval(
      '.memo-link',
      (links, s) => links.find((a) => a.textContent?.includes(s))?.getAttribute('href') ?? '',
      subject,
    );
    expect(href).toMatch(/^\/memos\/\d+$/);
    await clickAndWait(page, `.memo-link[href="${href}"]`);
  };

  const approveWithPreset = async (page: Page, preset: string) => {
    await page.click(`.presets button[data-preset="${preset}"]`);
    expect(await page.$eval('#approve-note', (t) => (t as HTMLTextAreaElement).value)).toBe(preset);
    await clickAndWait(page, 'button[value="approve"]');
  };

  it('officer drafts and submits; head returns it; officer resubmits; head, deputy and director approve', async () => {
    const subject = `รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน (${label})`;
    const officer = await as('officer');
    const p = officer.page;
    expect(p.url()).toBe(`${web.app.baseUrl}/inbox`);
    await clickAndWait(p, '.main-nav a[href="/memos/new"]');
    await p.type('#subject', subject);
    await p.type('#paragraph-1', 'ตามแผนปฏิบัติการป้องกันการทุจริต ได้ดำเนินการกำกับติดตามรอบ ๖ เดือน');
    // Rows are added and removed in the page (JavaScript), labels renumbered.
    await p.click('button[data-add-paragraph]');
    expect(await p.$$eval('.paragraph-row', (rows) => rows.length)).toBe(4);
    await p.type('#paragraph-4', 'ย่อหน้าที่จะลบ');
    await p.click('#paragraph-rows .paragraph-row:last-child button[data-remove-paragraph]');
    expect(await p.$$eval('.paragraph-row', (rows) => rows.length)).toBe(3);
    await p.type('#paragraph-3', 'จึงเห็นควรรายงานผลให้ผู้บริหารทราบ');
    await p.select('#urgency', 'urgent');
    if (viewport === DESKTOP) {
      // The ร่าง preview renders the unsaved form in the side pane.
      const [preview] = await Promise.all([
        p.waitForResponse((r) => r.url().endsWith('/memos/preview')),
        p.click('button[data-preview]'),
      ]);
      expect(preview.status()).toBe(200);
      expect(preview.headers()['content-type']).toBe('application/pdf');
    }
    await shot(p, 'draft');
    await clickAndWait(p, 'button[value="submit"]');
    const memoUrl = p.url().replace(/\?.*$/, '');
    expect(memoUrl).toMatch(/\/memos\/\d+$/);
    expect(await text(p, '.flash')).toContain('ส่งเสนอเรียบร้อยแล้ว');
    expect(await text(p, '.memo-head')).toContain('อยู่ระหว่างพิจารณา');

    const head = await as('head');
    await openMemoFromInbox(head.page, subject);
    expect(await text(head.page, '.memo-head')).toContain('ด่วน');
    await shot(head.page, 'memo-head');
    await head.page.click('#actions details:first-of-type summary');
    await head.page.type('#return-note', 'โปรดระบุผลการดำเนินงานให้ชัดเจน');
    await clickAndWait(head.page, 'form[action$="/return"] button[type="submit"]');
    expect(await text(head.page, '.flash')).toContain('ส่งกลับ');

    await p.goto(`${web.app.baseUrl}/memos?box=returned`);
    await clickAndWait(p, '.memo-link');
    await clickAndWait(p, 'a[href$="/edit"]');
    expect(await text(p, '.flash-info')).toContain('โปรดระบุผลการดำเนินงานให้ชัดเจน');
    await p.type('#paragraph-2', 'ดำเนินการครบทุกกิจกรรมตามแผน');
    await clickAndWait(p, 'button[value="submit"]');
    expect(await text(p, '.memo-head')).toContain('อยู่ระหว่างพิจารณา');

    await openMemoFromInbox(head.page, subject);
    await approveWithPreset(head.page, 'เพื่อโปรดพิจารณา');
    // Not the last signature: the head endorses and passes it on.
    expect(head.page.url()).toContain('/inbox?done=endorse');
    expect(await text(head.page, '.flash')).toContain('เกษียนและเสนอต่อ');

    const deputy = await as('deputy');
    await openMemoFromInbox(deputy.page, subject);
    await approveWithPreset(deputy.page, 'เห็นควรอนุมัติ');

    const director = await as('director');
    await openMemoFromInbox(director.page, subject);
    await shot(director.page, 'memo-director');
    await approveWithPreset(director.page, 'อนุมัติ');
    // The final signature takes the number and seals: the director confirms it once more.
    expect(await text(director.page, '#capacity')).toContain('ได้รับเลขที่และประทับตรา');
    await clickAndWait(director.page, '.confirm form button[type="submit"]');
    expect(director.page.url()).toContain('/inbox?done=approve');

    await p.goto(memoUrl);
    await shot(p, 'memo-approved');
    expect(await text(p, '.memo-head')).toContain('อนุมัติแล้ว');
    expect(await text(p, '.memo-head')).toMatch(/ที่\s+ศธ ๐๔๓๐๕\/[๐-๙]+/);
    const history = await p.$$eval('.timeline li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(history).toHaveLength(4);
    expect(history[0]).toContain('โปรดระบุผลการดำเนินงานให้ชัดเจน');
    expect(history.slice(1).map((h) => h.trim().split('\n')[0])).toEqual([
      'เพื่อโปรดพิจารณา',
      'เห็นควรอนุมัติ',
      'อนุมัติ',
    ]);
    // Thai short dates under each endorsement, e.g. "๒๔ พ.ย. ๖๙".
    expect(history[3]).toMatch(/[๐-๙]{1,2} [ก-ฮ.]+ [๐-๙]{2}/);
    if (viewport === PHONE) {
      // A phone gets a full-screen PDF button, and no PDF is rendered for a hidden frame.
      expect(await p.$eval('.phone-only a', (a) => a.getAttribute('href'))).toMatch(/\/pdf$/);
      const pdfLoads = opened.flatMap((w) => w.urls).filter((u) => /\/memos\/\d+\/pdf$/.test(u));
      expect(pdfLoads).toEqual([]);
    }
  });

  it('deputy2 signs ปฏิบัติราชการแทน after confirming the capacity', async () => {
    const subject = `ขออนุมัติเดินทางไปราชการ (${label})`;
    const officer2 = await as('officer2');
    await officer2.page.goto(`${web.app.baseUrl}/memos/new`);
    await officer2.page.type('#subject', subject);
    await officer2.page.type('#paragraph-1', 'ด้วยกลุ่มส่งเสริมการจัดการศึกษามีความจำเป็นต้องเดินทางไปราชการ');
    await clickAndWait(officer2.page, 'button[value="submit"]');

    const head = await as('head.promotion');
    await openMemoFromInbox(head.page, subject);
    await approveWithPreset(head.page, 'เพื่อโปรดพิจารณา');

    const deputy2 = await as('deputy2');
    await openMemoFromInbox(deputy2.page, subject);
    expect(await text(deputy2.page, '#actions')).toContain('ปฏิบัติราชการแทน');
    await approveWithPreset(deputy2.page, 'อนุมัติ');
    // Not signed yet: the confirmation names the capacity.
    expect(await text(deputy2.page, '#capacity')).toContain(
      'ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
    );
    await shot(deputy2.page, 'confirm-capacity');
    await clickAndWait(deputy2.page, '.confirm form button[type="submit"]');
    expect(deputy2.page.url()).toContain('/inbox?done=approve');

    await officer2.page.reload();
    expect(await text(officer2.page, '.memo-head')).toContain('อนุมัติแล้ว');
    expect(await text(officer2.page, '.timeline')).toContain('ปฏิบัติราชการแทน ผู้อำนวยการ');
  });

  it('the OIT coordinator confirms a proposal on the dashboard', async () => {
    const oit = await as('oit');
    await oit.page.goto(`${web.app.baseUrl}/oit`);
    await shot(oit.page, 'oit');
    expect(await text(oit.page, '.score-cards')).toContain('คะแนน OIT');
    expect(await oit.page.$$eval('.item-grid li', (tiles) => tiles.length)).toBe(43);
    const proposals = await oit.page.$$('form[action$="/confirm"]');
    expect(proposals.length).toBeGreaterThan(0);
    await clickAndWait(oit.page, 'form[action$="/confirm"] button');
    expect(await text(oit.page, '.flash')).toContain('ยืนยันหลักฐานแล้ว');
    expect(await oit.page.$$('form[action$="/confirm"]')).toHaveLength(proposals.length - 1);
    // Evidence is listed in the item's (folded) details.
    expect(await oit.page.$eval('#item-O40', (li) => li.textContent)).toContain(
      'รายงานผลการกำกับติดตาม',
    );
  });

  it('the registrar sees the register and its CSV link', async () => {
    const registrar = await as('registrar');
    await clickAndWait(registrar.page, '.main-nav a[href="/registers"]');
    await shot(registrar.page, 'registers');
    const rows = await registrar.page.$$eval('table.data tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    // This pass's two memos, numbered in the outgoing register (the office is shared).
    expect(rows.filter((r) => r.includes(`(${label})`))).toHaveLength(2);
    expect(rows.join('\n')).toContain(`ขออนุมัติเดินทางไปราชการ (${label})`);
    const csv = await registrar.page.$eval('a[download]', (a) => a.getAttribute('href'));
    const res = await registrar.page.evaluate(async (href) => {
      const r = await fetch(href!);
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    }, csv);
    expect(res).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(res.body).toContain('ขออนุมัติเดินทางไปราชการ');
  });
});
