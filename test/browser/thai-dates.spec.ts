// Date fields as Thai officers type them (issue 21, H2): day first in พ.ศ., Thai or Arabic
// digits. The page says the date in words while it is typed, the server reads it the same way,
// and it is shown back in พ.ศ. — never saved as the year ๓๑๑๒.
import {
  clickAndWait,
  DESKTOP,
  openPage,
  PHONE,
  signIn,
  text,
  useWebApp,
} from '../support/browser';

jest.setTimeout(120_000);

const web = useWebApp();

it.each([
  ['phone', PHONE],
  ['desk', DESKTOP],
])(
  'reads a deadline typed as พ.ศ. on a %s and finds the memo by a พ.ศ. date range',
  async (_n, viewport) => {
    const w = await openPage(web.browser, viewport);
    const { page } = w;
    await signIn(page, web.app.baseUrl, 'officer');
    const subject = `ขออนุมัติส่งรายงานด่วน ${viewport.width}`;
    await page.goto(`${web.app.baseUrl}/memos/new`);
    await page.type('#subject', subject);
    await page.type('#paragraph-1', 'เนื้อความสำหรับทดสอบวันที่แบบไทย');
    await page.select('#urgency', 'urgent');
    await page.type('#urgentBy', '๒๕/๑๒/๒๕๖๙ ๑๐.๓๐');
    expect(await text(page, '#urgentBy-echo')).toBe('= วันศุกร์ที่ ๒๕ ธันวาคม พ.ศ. ๒๕๖๙ เวลา ๑๐:๓๐');
    await clickAndWait(page, 'button[value="save"]');

    expect(new URL(page.url()).pathname).toMatch(/^\/memos\/\d+\/edit$/);
    expect(await page.$eval('#urgentBy', (i) => (i as HTMLInputElement).value)).toBe(
      '25/12/2569 10:30',
    );
    await page.goto(page.url().replace(/\/edit\?.*$/, ''));
    expect(await page.$eval('.facts', (dl) => dl.textContent)).toContain(
      'ด่วนภายใน ๒๕ ธ.ค. ๖๙ ๑๐.๓๐ น.',
    );

    await page.goto(`${web.app.baseUrl}/memos?box=drafts&q=&from=1%2F12%2F2569&to=31%2F12%2F2569`);
    expect(await page.$eval('#from', (i) => (i as HTMLInputElement).value)).toBe('01/12/2569');
    await page.goto(
      `${web.app.baseUrl}/memos?box=drafts&q=${encodeURIComponent(subject)}&from=01%2F01%2F2569&to=${encodeURIComponent('๓๑/๑๒/๒๕๖๙')}`,
    );
    expect(await page.$eval('main', (m) => m.textContent)).toContain(subject);

    await page.type('#from', 'ไม่ใช่วันที่', { delay: 0 });
    expect(await text(page, '#from-echo')).toContain('อ่านวันที่ไม่ได้');
    await page.browserContext().close();
  },
);
