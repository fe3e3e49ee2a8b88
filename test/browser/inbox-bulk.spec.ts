// Issue 20 on a phone: the menu says how many items wait ("รอท่าน n"), and the director picks
// memos on the inbox page by keyboard and approves them with one เกษียน.
import type { Page } from 'puppeteer';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import { seriousViolations } from '../support/axe';
import { DEMO_PASSWORD, openPage, PHONE, signIn, useWebApp, WatchedPage } from '../support/browser';
import { login } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(180_000);

const SHOTS = process.env.WEB_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-${name}.png`, fullPage: true });
};

const web = useWebApp();
const opened: WatchedPage[] = [];

afterEach(async () => {
  const problems = opened.flatMap((w) => [...w.problems.console, ...w.problems.requests]);
  await Promise.all(opened.splice(0).map((w) => w.page.browserContext().close()));
  expect(problems).toEqual([]);
});

/** The accessible name of the menu's inbox link, as a screen reader announces it. */
async function inboxLink(page: Page): Promise<string | undefined> {
  const link = await page.$('.main-nav a[href="/inbox"]');
  const node = await page.accessibility.snapshot({ root: link ?? undefined });
  return node?.name;
}

/** Tabs until `matches` holds for the focused element; how many presses it took. */
async function tabTo(page: Page, matches: string): Promise<number> {
  for (let presses = 1; presses <= 60; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, matches))
      return presses;
  }
  throw new Error(`never reached ${matches} by Tab`);
}

it('shows รอท่าน n in the menu and approves two picked memos from the inbox by keyboard', async () => {
  const [officer, head, deputy, director] = await Promise.all(
    ['officer', 'head', 'deputy', 'director'].map((u) => login(web.app, u, DEMO_PASSWORD)),
  );
  const subjects = ['ขออนุมัติเดินทางไปราชการ', 'ขออนุมัติจัดซื้อวัสดุสำนักงาน'];
  const picked: MemoJson[] = [];
  for (const subject of subjects) {
    let m = await draftAndSubmit(web.app, officer, { subject });
    for (const approver of [head, deputy]) m = (await approve(web.app, approver, m)).body;
    picked.push(m);
  }
  const waiting = async () =>
    (await web.app.http().get('/api/inbox/count').set(bearer(director)).expect(200)).body
      .count as number;
  const before = await waiting();

  const w = await openPage(web.browser, PHONE);
  opened.push(w);
  const page = w.page;
  await signIn(page, web.app.baseUrl, 'director');
  expect(new URL(page.url()).pathname).toBe('/inbox');
  expect(await inboxLink(page)).toBe(`งานรอดำเนินการ รอท่าน ${thaiNumeral(before)}`);

  for (const m of picked) {
    await tabTo(page, `input[name="items"][value="${m.id}:${m.version}"]`);
    await page.keyboard.press('Space');
  }
  const checked = await page.$$eval('input[name="items"]:checked', (boxes) =>
    boxes.map((b) => b.value),
  );
  await shot(page, 'inbox-picked');
  expect(checked.sort()).toEqual(picked.map((m) => `${m.id}:${m.version}`).sort());
  await tabTo(page, '#bulk-note');
  await page.keyboard.type('อนุมัติ');
  await tabTo(page, '#bulk-approve button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

  await shot(page, 'bulk-result');
  expect(await page.$eval('h1', (h) => h.textContent)).toBe('ผลการอนุมัติที่เลือก');
  expect(await page.$eval('.flash', (f) => f.textContent)).toBe('ดำเนินการสำเร็จ ๒ เรื่อง');
  const rows = await page.$$eval('.bulk-results li', (items) =>
    items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
  expect(rows).toHaveLength(2);
  for (const [i, subject] of subjects.entries())
    expect(rows[i]).toMatch(new RegExp(`^ลงนามอนุมัติแล้ว ${subject} ที่ .+/[๐-๙]+$`));
  const after = before - 2;
  expect(await waiting()).toBe(after);
  expect(await inboxLink(page)).toBe(
    after > 0 ? `งานรอดำเนินการ รอท่าน ${thaiNumeral(after)}` : 'งานรอดำเนินการ',
  );
  expect(await seriousViolations(page)).toEqual([]);
});
