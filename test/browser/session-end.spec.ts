// A session that ends while a director writes a เกษียน (issue 21, H3; WCAG 2.2.1): the page warns
// before the end and "ต่อเวลา" renews it in place; if it ends anyway, the approval posted after
// the end is carried through the sign-in and completed with one click, the note intact.
import '../support/short-session';
import {
  DEMO_PASSWORD,
  clickAndWait,
  openPage,
  PHONE,
  signIn,
  signOut,
  text,
  useWebApp,
} from '../support/browser';
import { login } from '../support/factories';
import { draftAndSubmit } from '../support/memos';

jest.setTimeout(180_000);

const web = useWebApp();
const NOTE = 'ทราบ เห็นควรนำเสนอ รอง ผอ. พิจารณา (ข้อความที่พิมพ์ไว้ก่อนหมดเวลา)';

it('warns before the session ends, and "ต่อเวลา" keeps the page and what was typed', async () => {
  const officer = await login(web.app, 'officer', DEMO_PASSWORD);
  const memo = await draftAndSubmit(web.app, officer, { subject: 'ขออนุมัติทดสอบการต่อเวลา' });
  const { page } = await openPage(web.browser, PHONE);
  await signIn(page, web.app.baseUrl, 'head');
  await page.goto(`${web.app.baseUrl}/memos/${memo.id}`);
  await page.$eval('#approve-note', (t) => ((t as HTMLTextAreaElement).value = ''));
  await page.type('#approve-note', NOTE);
  // 60 s sessions: the warning comes 30 s before the end.
  await page.waitForSelector('#session-warning', { timeout: 45_000 });
  expect(await text(page, '#session-warning')).toContain('อีกไม่นานจะหมดเวลาการใช้งาน');
  const extended = page.waitForResponse((r) => r.url().endsWith('/session/extend'));
  await page.click('#session-warning button');
  expect((await extended).status()).toBe(200);
  expect(((await (await extended).json()) as { seconds: number }).seconds).toBeGreaterThan(50);
  await page.waitForSelector('#session-warning', { hidden: true });
  expect(await page.$eval('#approve-note', (t) => (t as HTMLTextAreaElement).value)).toBe(NOTE);
  await page.browserContext().close();
});

it('completes an approval posted after the session ended, with the note kept', async () => {
  const officer = await login(web.app, 'officer', DEMO_PASSWORD);
  const memo = await draftAndSubmit(web.app, officer, { subject: 'ขออนุมัติทดสอบหมดเวลา' });
  const { page } = await openPage(web.browser, PHONE);
  await signIn(page, web.app.baseUrl, 'head');
  await page.goto(`${web.app.baseUrl}/memos/${memo.id}`);
  await page.$eval('#approve-note', (t) => ((t as HTMLTextAreaElement).value = ''));
  await page.type('#approve-note', NOTE);

  // The session ends elsewhere (signing out ends every session of the user) while typing.
  const other = await openPage(web.browser, PHONE);
  await signIn(other.page, web.app.baseUrl, 'head');
  await signOut(other.page);
  await other.page.browserContext().close();

  await clickAndWait(page, 'button[value="approve"]');
  expect(await text(page, '.flash-info')).toContain('สิ่งที่ท่านกรอกไว้ยังอยู่');
  await page.type('input[name="username"]', 'head');
  await page.type('input[name="password"]', DEMO_PASSWORD);
  await clickAndWait(page, 'button[type="submit"]');
  expect(new URL(page.url()).pathname).toBe('/resume');
  expect(await text(page, '.resume-text')).toBe(NOTE);
  await clickAndWait(page, 'form[action="/memos/' + memo.id + '/approve"] button[type="submit"]');
  expect(page.url()).toContain('done=endorse');

  const head = await login(web.app, 'head', DEMO_PASSWORD);
  const after = await web.app
    .http()
    .get(`/api/memos/${memo.id}`)
    .set('Authorization', `Bearer ${head}`);
  const step = (after.body.steps as Array<{ role: string; state: string; note: string }>)[0];
  expect(step).toMatchObject({ state: 'approved', note: NOTE });
  await page.browserContext().close();
});
