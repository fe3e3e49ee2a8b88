// Who has received a circular (issue 17), on the author's phone: the memo page links to the
// dispatch status, one card per school, nothing wider than the screen, and "ส่งอีกครั้ง" works.
import {
  clickAndWait,
  DEMO_PASSWORD,
  openPage,
  PHONE,
  signIn,
  text,
  useWebApp,
} from '../support/browser';
import { login } from '../support/factories';
import { approve, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(120_000);

const web = useWebApp();

it('shows the author on a phone which schools have received a circular, and resends one', async () => {
  const [deputy, director] = await Promise.all(
    ['deputy', 'director'].map((u) => login(web.app, u, DEMO_PASSWORD)),
  );
  let memo = await draftAndSubmit(web.app, deputy, {
    subject: 'ขอเสนอลงนามหนังสือเวียนแจ้งโรงเรียนในสังกัด',
    issuance: {
      kind: 'letter',
      circular: true,
      subject: 'การลงนามบันทึกข้อตกลงคุณธรรม',
      to: 'ผู้อำนวยการโรงเรียนในสังกัด',
      paragraphs: ['ด้วยสำนักงานเขตพื้นที่การศึกษาจะจัดให้มีการลงนามบันทึกข้อตกลง', 'จึงเรียนมาเพื่อทราบ'],
      recipients: { schools: 'all' },
    },
  });
  memo = (await approve(web.app, director, memo).expect(200)).body as MemoJson;

  const { page } = await openPage(web.browser, PHONE);
  await signIn(page, web.app.baseUrl, 'deputy');
  await page.goto(`${web.app.baseUrl}/memos/${memo.id}`);
  await clickAndWait(page, `a[href="/memos/${memo.id}/dispatch"]`);
  const cards = await page.$$eval('.dispatch-list li', (items) =>
    items.map((li) => li.textContent ?? ''),
  );
  expect(cards.length).toBeGreaterThanOrEqual(6);
  for (const card of cards) expect(card).toContain('โรงเรียน');
  expect(await text(page, '.dispatch-summary')).toMatch(/ยืนยันรับแล้ว ๐ แห่ง/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  await clickAndWait(page, '.dispatch-list li form button[type="submit"]');
  expect(await text(page, '.flash')).toContain('ส่งหนังสืออีกครั้งแล้ว');
  await page.browserContext().close();
});
