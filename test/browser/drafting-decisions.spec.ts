// Drafting with อ้างถึง and named readers, and an approver's ไม่อนุมัติ, in headless Chromium.
import { bearer } from '../support/memos';
import { createOffice, login } from '../support/factories';
import {
  clickAndWait,
  DEMO_PASSWORD,
  DESKTOP,
  PHONE,
  signedInPage,
  text,
  WatchedPage,
  useWebApp,
} from '../support/browser';

jest.setTimeout(180_000);

const web = useWebApp();
const opened: WatchedPage[] = [];
afterEach(async () => {
  // Every page of the test: no console errors, no failed or erroring requests.
  const problems = opened.flatMap((w) => [...w.problems.console, ...w.problems.requests]);
  await Promise.all(opened.splice(0).map((w) => w.page.browserContext().close()));
  expect(problems).toEqual([]);
});

const as = (username: string, viewport = DESKTOP) => signedInPage(web, opened, username, viewport);

const api = async (username: string) => bearer(await login(web.app, username, DEMO_PASSWORD));

const memoIdOf = (url: string): number => Number(/\/memos\/(\d+)/.exec(new URL(url).pathname)?.[1]);

describe('drafting and decisions on the web', () => {
  it('drafts a ลับ memo with อ้างถึง and a named reader, who can then read it', async () => {
    // Another office on the same deployment: none of its people may be offered as readers.
    const other = await createOffice(web.app);
    const officer2 = (
      await web.app
        .http()
        .get('/api/me')
        .set(await api('officer2'))
        .expect(200)
    ).body as { user: { id: number } };
    const references = [
      'หนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ที่ ศธ ๐๔๐๐๖/ว ๑๒๓ ลงวันที่ ๒ พฤษภาคม ๒๕๖๙',
      'บันทึกข้อความ กลุ่มนิเทศฯ ลงวันที่ ๑๐ พฤษภาคม ๒๕๖๙',
    ];

    const officer = await as('officer');
    const p = officer.page;
    await p.goto(`${web.app.baseUrl}/memos/new`);
    const offered = await p.$$eval('input[name="readerUserIds"]', (boxes) =>
      boxes.map((b) => Number(b.value)),
    );
    expect(offered).toContain(officer2.user.id);
    expect(offered.filter((id) => Object.values(other.userIds).includes(id))).toEqual([]);

    await p.type('#subject', 'ขอความเห็นชอบแนวทางสอบสวนข้อเท็จจริง');
    await p.type('#paragraph-1', 'ข้อเท็จจริง ตามหนังสือที่อ้างถึง ได้รับเรื่องร้องเรียน');
    await p.click('input[name="secrecy"][value="confidential"]');
    await p.type('#referencesText', references.join('\n'));
    await p.click('.reader-picker summary');
    await p.click(`input[name="readerUserIds"][value="${officer2.user.id}"]`);
    await clickAndWait(p, 'button[value="save"]');
    expect(await text(p, '.flash')).toContain('บันทึกร่างแล้ว');

    // The edit form shows both again, as saved.
    expect(await p.$eval('#referencesText', (t) => (t as HTMLTextAreaElement).value)).toBe(
      references.join('\n'),
    );
    expect(await text(p, '.reader-picker summary')).toContain('เลือกไว้ ๑ คน');
    const checked = await p.$$eval('input[name="readerUserIds"]:checked', (boxes) =>
      boxes.map((b) => Number(b.value)),
    );
    expect(checked).toEqual([officer2.user.id]);
    await clickAndWait(p, 'button[value="submit"]');
    const id = memoIdOf(p.url());

    const memo = (
      await web.app
        .http()
        .get(`/api/memos/${id}`)
        .set(await api('officer'))
        .expect(200)
    ).body as { secrecy: string; references: unknown; readerUserIds: number[]; status: string };
    expect(memo).toMatchObject({
      status: 'in_review',
      secrecy: 'confidential',
      references: references.map((r) => ({ text: r })),
      readerUserIds: [officer2.user.id],
    });
    // The named reader, outside the chain, reads the ลับ memo; another colleague may not.
    await web.app
      .http()
      .get(`/api/memos/${id}`)
      .set(await api('officer2'))
      .expect(200);
    await web.app
      .http()
      .get(`/api/memos/${id}`)
      .set(await api('registrar'))
      .expect(404);
  });

  it('an approver refuses a memo (ไม่อนุมัติ) from its page; the author is told', async () => {
    const subject = 'ขออนุมัติจ้างเหมาจัดทำเว็บไซต์สำนักงาน';
    const officer = await as('officer', PHONE);
    await officer.page.goto(`${web.app.baseUrl}/memos/new`);
    await officer.page.type('#subject', subject);
    await officer.page.type('#paragraph-1', 'ด้วยเว็บไซต์สำนักงานต้องปรับปรุงให้เป็นไปตามเกณฑ์ OIT');
    await clickAndWait(officer.page, 'button[value="submit"]');
    const path = new URL(officer.page.url()).pathname;

    const head = await as('head');
    await head.page.goto(`${web.app.baseUrl}${path}`);
    const reason = 'ไม่อนุมัติ เนื่องจากซ้ำกับโครงการของ สพฐ.';
    await head.page.click('#actions details:has(form[action$="/reject"]) summary');
    await head.page.type('#reject-note', reason);
    await clickAndWait(head.page, 'form[action$="/reject"] button[type="submit"]');
    expect(new URL(head.page.url()).pathname).toBe('/inbox');
    expect(await text(head.page, '.flash')).toContain('บันทึกผลไม่อนุมัติแล้ว');
    const waiting = await head.page.$$eval('.memo-link', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(waiting).not.toContain(path);

    // The memo page: refused, the reason in the endorsements, nothing left to act on.
    await head.page.goto(`${web.app.baseUrl}${path}`);
    expect(await text(head.page, '.memo-head')).toContain('ไม่อนุมัติ');
    expect(await text(head.page, '.timeline')).toContain(reason);
    expect(await head.page.$('#actions')).toBeNull();

    await officer.page.goto(`${web.app.baseUrl}/notifications`);
    expect(await text(officer.page, 'main')).toContain(`บันทึกไม่ได้รับอนุมัติ: ${subject}`);
    await officer.page.goto(`${web.app.baseUrl}${path}`);
    expect(await text(officer.page, '.memo-head')).toContain('ไม่อนุมัติ');
    // No way back into review from the author's page either.
    expect(await officer.page.$('form[action$="/submit"]')).toBeNull();
    expect(await officer.page.$('a[href$="/edit"]')).toBeNull();

    const memo = (
      await web.app
        .http()
        .get(`/api/memos/${memoIdOf(officer.page.url())}`)
        .set(await api('officer'))
        .expect(200)
    ).body as { status: string; steps: Array<{ state: string; note: string }> };
    expect(memo.status).toBe('rejected');
    expect(memo.steps.map((s) => s.state)).toEqual(['rejected', 'cancelled', 'cancelled']);
  });
});
