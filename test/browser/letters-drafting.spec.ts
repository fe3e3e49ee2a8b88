// Drafting a หนังสือเวียน and a committee order (คำสั่งแต่งตั้ง) on a desk, in headless Chromium.
import { bearer } from '../support/memos';
import { login } from '../support/factories';
import {
  clickAndWait,
  DEMO_PASSWORD,
  signedInPage,
  text,
  useWebApp,
  watchPagesPerTest,
} from '../support/browser';

jest.setTimeout(180_000);

const web = useWebApp();
const opened = watchPagesPerTest();

const as = (username: string) => signedInPage(web, opened, username);

const memoIdOf = (url: string): number => Number(/\/memos\/(\d+)/.exec(new URL(url).pathname)?.[1]);

const memoJson = async (id: number) =>
  (
    await web.app
      .http()
      .get(`/api/memos/${id}`)
      .set(bearer(await login(web.app, 'officer', DEMO_PASSWORD)))
      .expect(200)
  ).body as { issuance: Record<string, unknown> };

describe('letters and committee orders on the drafting form', () => {
  it('drafts a circular to all schools with an enclosure, and shows it again as saved', async () => {
    const p = (await as('officer')).page;
    await p.goto(`${web.app.baseUrl}/memos/new`);
    expect(await p.$eval('.letter-fields', (el) => getComputedStyle(el).display)).toBe('none');
    await p.type('#subject', 'ขอเสนอลงนามหนังสือเวียนแจ้งโรงเรียนในสังกัด');
    await p.type('#paragraph-1', 'ข้อเสนอ เห็นควรลงนามในหนังสือเวียน ฯ ดังแนบ');
    await p.click('input[name="issuanceKind"][value="circular"]');
    expect(await p.$eval('.letter-fields', (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await p.$eval('.committee-fields', (el) => getComputedStyle(el).display)).toBe('none');
    await p.type('#issuanceSubject', 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน');
    await p.type('#letterTo', 'ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน');
    await p.type('#letterEnclosures', 'ปฏิทินการประเมิน จำนวน ๑ ฉบับ');
    await p.type('#issuanceText', 'ด้วยสำนักงานจะดำเนินการประเมิน\nจึงเรียนมาเพื่อโปรดทราบ');
    await p.click('input[name="allSchools"]');
    await clickAndWait(p, 'button[value="save"]');
    expect(await text(p, '.flash')).toContain('บันทึกร่างแล้ว');

    const saved = await memoJson(memoIdOf(p.url()));
    expect(saved.issuance).toMatchObject({
      kind: 'letter',
      circular: true,
      to: 'ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน',
      salutation: 'เรียน',
      closing: 'ขอแสดงความนับถือ',
      enclosures: ['ปฏิทินการประเมิน จำนวน ๑ ฉบับ'],
      paragraphs: ['ด้วยสำนักงานจะดำเนินการประเมิน', 'จึงเรียนมาเพื่อโปรดทราบ'],
      recipients: { schools: 'all' },
    });
    // The edit form shows the circular as saved.
    expect(await p.$eval('input[name="issuanceKind"][value="circular"]', (r) => r.checked)).toBe(
      true,
    );
    expect(await p.$eval('#letterEnclosures', (t) => (t as HTMLTextAreaElement).value)).toBe(
      'ปฏิทินการประเมิน จำนวน ๑ ฉบับ',
    );
    expect(await p.$eval('input[name="allSchools"]', (c) => c.checked)).toBe(true);
  });

  it('edits a committee order row by row, with and without JavaScript', async () => {
    const w = await as('officer');
    const p = w.page;
    await p.goto(`${web.app.baseUrl}/memos/new`);
    await p.type('#subject', 'ขอเสนอคำสั่งแต่งตั้งคณะกรรมการประเมิน ITA');
    await p.type('#paragraph-1', 'ข้อเสนอ เห็นควรลงนามในคำสั่ง ฯ ดังแนบ');
    await p.click('input[name="issuanceKind"][value="order"]');
    await p.type('#issuanceSubject', 'แต่งตั้งคณะกรรมการดำเนินการประเมิน ITA');
    await p.type('#issuanceText', 'จึงแต่งตั้งคณะกรรมการ ดังนี้');
    await p.type('#member-committee-1', 'คณะกรรมการอำนวยการ');
    await p.type('#member-name-1', 'นายอนันต์ ศรีวงศ์');
    await p.type('#member-position-1', 'ผู้อำนวยการ สพม.นครพนม');
    await p.type('#member-role-1', 'ประธานกรรมการ');
    // With JavaScript the row is added in place and keeps the committee.
    await p.click('button[data-add-member]');
    expect(await p.$eval('#member-committee-2', (i) => (i as HTMLInputElement).value)).toBe(
      'คณะกรรมการอำนวยการ',
    );
    await p.type('#member-name-2', 'นางสาวพิมพ์ชนก ใจงาม');
    await p.type('#member-position-2', 'รองผู้อำนวยการ สพม.นครพนม');
    await p.type('#member-role-2', 'กรรมการและเลขานุการ');
    await p.type('#issuanceAfterText', 'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป');
    await clickAndWait(p, 'button[value="save"]');
    expect(await text(p, '.flash')).toContain('บันทึกร่างแล้ว');
    const id = memoIdOf(p.url());

    // Without JavaScript: "add" and "remove" are submit buttons the server answers with the form.
    await p.setJavaScriptEnabled(false);
    await p.reload();
    await clickAndWait(p, 'button[value="add-member"]');
    expect(await p.$$eval('.member-row', (rows) => rows.length)).toBe(3);
    // The new row starts in the committee of the row above; this one begins the next committee.
    expect(await p.$eval('#member-committee-3', (i) => (i as HTMLInputElement).value)).toBe(
      'คณะกรรมการอำนวยการ',
    );
    await p.click('#member-committee-3', { clickCount: 3 });
    await p.keyboard.press('Backspace');
    await p.type('#member-committee-3', 'คณะกรรมการดำเนินงาน');
    await p.type('#member-name-3', 'นายสุรเชษฐ์ บุญมา');
    await p.type('#member-position-3', 'ศึกษานิเทศก์ชำนาญการพิเศษ');
    await p.type('#member-role-3', 'ประธานกรรมการ');
    await clickAndWait(p, 'button[value="add-member"]');
    await clickAndWait(p, 'button[value="remove-member-4"]');
    expect(await p.$$eval('.member-row', (rows) => rows.length)).toBe(3);
    await clickAndWait(p, 'button[value="save"]');
    expect(await text(p, '.flash')).toContain('บันทึกร่างแล้ว');

    const saved = await memoJson(id);
    expect(saved.issuance).toMatchObject({
      kind: 'order',
      closingParagraphs: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
      committees: [
        {
          title: 'คณะกรรมการอำนวยการ',
          members: [
            { name: 'นายอนันต์ ศรีวงศ์', position: 'ผู้อำนวยการ สพม.นครพนม', role: 'ประธานกรรมการ' },
            {
              name: 'นางสาวพิมพ์ชนก ใจงาม',
              position: 'รองผู้อำนวยการ สพม.นครพนม',
              role: 'กรรมการและเลขานุการ',
            },
          ],
        },
        {
          title: 'คณะกรรมการดำเนินงาน',
          members: [
            { name: 'นายสุรเชษฐ์ บุญมา', position: 'ศึกษานิเทศก์ชำนาญการพิเศษ', role: 'ประธานกรรมการ' },
          ],
        },
      ],
    });
  });
});
