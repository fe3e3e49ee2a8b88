// The public verification pages a citizen uses (audit M8): a page to type the code printed under
// the QR code, and a mistyped code answered on that page, not with the staff's error page.
import { createTestApp, TestApp } from '../support/app';

describe('the public verification pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers a form to type a code, and sends a typed code to its page', async () => {
    const form = await t.http().get('/verify').expect(200);
    expect(form.text).toContain('<form method="get" action="/verify"');
    const typed = await t.http().get('/verify?code=ABCD-EFGH-JKMN').expect(303);
    expect(typed.headers.location).toBe('/verify/ABCD-EFGH-JKMN');
  });

  it('answers an unknown code with 404 on the same form, escaped, without the staff sign-in', async () => {
    const res = await t.http().get('/verify/%3Cscript%3Ex%3C%2Fscript%3E').expect(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('ไม่พบเอกสารที่มีรหัสตรวจสอบ');
    expect(res.text).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(res.text).not.toContain('<script>x');
    expect(res.text).not.toContain('href="/"');
    await t.http().get('/api/verify/NOPE-NOPE-NOPE').expect(404);
  });
});
