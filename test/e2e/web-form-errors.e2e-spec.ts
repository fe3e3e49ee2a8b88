// Accessibility audit M4, L4, L6, L9 on the server's HTML: each refused field marked invalid and
// pointing to its own message, titles of error answers, error pages with the menu, Thai wording.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { postForm, WebSession, webSignIn } from '../support/web-session';

jest.setTimeout(60_000);

const titleOf = (html: string): string => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

/** The attributes of the element with this id, as written in the page. */
const tagOf = (html: string, id: string): string =>
  new RegExp(`<[a-z]+ (?:[^>]* )?id="${id}"[^>]*>`).exec(html)?.[0] ?? '';

describe('web form errors', () => {
  let t: TestApp;
  let office: TestOffice;
  let officer: WebSession;
  let coordinator: WebSession;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    [officer, coordinator] = await Promise.all([
      webSignIn(t, office.username('officer')),
      webSignIn(t, office.username('oit')),
    ]);
  });
  afterAll(() => t.close());
  let oitToken = '';
  const coordinatorToken = () => oitToken;
  beforeAll(async () => {
    oitToken = (await loginAll(t, office, ['oit'])).oit;
  });

  const draft = { to: 'ผู้อำนวยการ', closing: '', urgency: 'normal', secrecy: 'normal' };

  it('a draft without subject or body: 400, each field invalid and pointing to its message', async () => {
    const res = await postForm(t, officer, '/memos', {
      ...draft,
      subject: '',
      paragraphs: [''],
      intent: 'save',
    });
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: เขียนบันทึกข้อความ/);
    expect(tagOf(res.text, 'subject')).toContain(
      'aria-invalid="true" aria-describedby="subject-error"',
    );
    expect(res.text).toContain('<span class="field-error" id="subject-error">กรุณากรอกเรื่อง</span>');
    expect(tagOf(res.text, 'paragraph-1')).toContain(
      'aria-invalid="true" aria-describedby="paragraph-1-error paragraphs-hint"',
    );
    expect(tagOf(res.text, 'to')).not.toContain('aria-invalid');
    expect(tagOf(res.text, 'form-errors')).toContain('role="alert"');
    expect(tagOf(res.text, 'form-errors')).toContain('tabindex="-1"');
    expect(res.text).toContain('<a href="#subject">กรุณากรอกเรื่อง</a>');
    expect(res.text).toContain('<a href="#paragraph-1">');
  });

  it('an edit refused the same way, and a page without errors keeps its plain title', async () => {
    const form = await t.http().get('/memos/new').set('Cookie', officer.cookie).accept('text/html');
    expect(titleOf(form.text)).toMatch(/^เขียนบันทึกข้อความ/);
    expect(form.text).not.toContain('aria-invalid');
    const saved = await postForm(t, officer, '/memos', {
      ...draft,
      subject: 'ร่างที่จะแก้',
      paragraphs: ['เนื้อความ'],
      intent: 'save',
    });
    expect(saved.status).toBe(303);
    const path = saved.headers.location.replace(/\?.*$/, '');
    const res = await postForm(t, officer, path, {
      ...draft,
      subject: 'ร่างที่จะแก้',
      paragraphs: ['เนื้อความ'],
      urgentBy: '31/02/2569 10.00',
      version: '1',
      intent: 'save',
    });
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: แก้ไขร่างบันทึก/);
    expect(tagOf(res.text, 'urgentBy')).toContain(
      'aria-invalid="true" aria-describedby="urgentBy-error urgentBy-hint urgentBy-echo"',
    );
    // A deadline refused stays in view even though the urgency is ปกติ.
    expect(res.text).toContain('class="urgent-by has-value');
  });

  it('a wrong password: 401 titled as an error, both fields invalid', async () => {
    const page = await t.http().get('/').accept('text/html');
    const cookie = (page.headers['set-cookie'] as unknown as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const res = await t
      .http()
      .post('/signin')
      .set('Cookie', cookie)
      .accept('text/html')
      .type('form')
      .send({ username: office.username('officer'), password: 'wrong', _csrf: csrf });
    expect(res.status).toBe(401);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: เข้าสู่ระบบ/);
    for (const id of ['username', 'password'])
      expect(tagOf(res.text, id)).toContain('aria-invalid="true" aria-describedby="signin-error"');
  });

  it('a memo that is not there: 404 in the full layout, saying it may be not theirs', async () => {
    const res = await t
      .http()
      .get('/memos/999999')
      .set('Cookie', officer.cookie)
      .accept('text/html');
    expect(res.status).toBe(404);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: ไม่พบบันทึก/);
    expect(res.text).toContain('class="main-nav"');
    expect(res.text).toContain('action="/signout"');
    expect(res.text).toContain('ไม่พบบันทึกนี้ หรือท่านไม่มีสิทธิ์เปิด');
    // Signed out, an unknown page keeps the bare layout.
    const bare = await t.http().get('/no-such-page').accept('text/html');
    expect(bare.status).toBe(404);
    expect(bare.text).not.toContain('class="main-nav"');
  });

  it('OIT web evidence: a bad address and date answered next to their fields, typed text kept', async () => {
    const fields = {
      year: '2565',
      code: 'O8',
      title: 'ช่องทางถาม-ตอบ',
      url: 'www.example',
      date: '31/02/2565',
    };
    const res = await postForm(t, coordinator, '/oit/evidence/web', fields);
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: เพิ่มหลักฐาน OIT/);
    expect(tagOf(res.text, 'web-url')).toContain(
      'aria-invalid="true" aria-describedby="web-url-error"',
    );
    expect(tagOf(res.text, 'web-url')).toContain('value="www.example"');
    expect(tagOf(res.text, 'web-date')).toContain('aria-invalid="true"');
    expect(tagOf(res.text, 'web-date')).toContain('value="31/02/2565"');
    expect(tagOf(res.text, 'web-title-input')).not.toContain('aria-invalid');
    expect(res.text).toContain('<a href="#web-url">ที่อยู่หน้าเว็บต้องขึ้นต้นด้วย');
    // A year the page never offers is no typing slip: the plain 400 page.
    const odd = await postForm(t, coordinator, '/oit/evidence/web', { ...fields, year: 'x' });
    expect(odd.status).toBe(400);
    expect(odd.text).not.toContain('id="web-url"');
    // And a good one still lands.
    const good = { ...fields, url: 'https://www.example.go.th/qa', date: '10/01/2565' };
    expect((await postForm(t, coordinator, '/oit/evidence/web', good)).status).toBe(303);
  });

  it('a matching rule the office cannot use: 400 beside the pattern, as typed, and nothing saved', async () => {
    const before = await t.http().get('/api/oit/rules').set(bearer(coordinatorToken()));
    const typed = { code: 'O23', kind: 'regex', pattern: '(ประกาศ' };
    const res = await postForm(t, coordinator, '/oit/rules', typed);
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toMatch(/^ข้อผิดพลาด: ตั้งค่า OIT/);
    expect(tagOf(res.text, 'rule-pattern')).toContain(
      'aria-invalid="true" aria-describedby="rule-pattern-error"',
    );
    expect(tagOf(res.text, 'rule-pattern')).toContain('value="(ประกาศ"');
    expect(res.text).toContain('<a href="#rule-pattern">เงื่อนไขการจับคู่ไม่ถูกต้อง</a>');
    expect(res.text).toMatch(/<option value="regex" selected>/);
    expect(res.text).toMatch(/<option value="O23" selected>/);
    const after = await t.http().get('/api/oit/rules').set(bearer(coordinatorToken()));
    expect(after.body.rules).toEqual(before.body.rules);
  });

  it('an evidence file refused or mistyped: 400/415 beside its field, typed text kept, nothing stored', async () => {
    const post = (fields: Record<string, string>, file?: { bytes: Buffer; name: string }) => {
      let req = t
        .http()
        .post(`/oit/evidence/file?_csrf=${encodeURIComponent(coordinator.csrf)}`)
        .set('Cookie', coordinator.cookie)
        .set('Accept', 'text/html');
      for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
      return file ? req.attach('file', file.bytes, file.name) : req;
    };
    const fields = { year: '2565', code: 'O1', title: 'แผนผังโครงสร้าง', date: '31/02/2565' };
    const typo = await post(fields, { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'a.pdf' });
    expect(typo.status).toBe(400);
    expect(tagOf(typo.text, 'file-date')).toContain('aria-invalid="true"');
    expect(tagOf(typo.text, 'file-date')).toContain('value="31/02/2565"');
    expect(tagOf(typo.text, 'file-title-input')).toContain('value="แผนผังโครงสร้าง"');
    const good = { ...fields, date: '10/01/2565' };
    const noFile = await post(good);
    expect(noFile.status).toBe(400);
    expect(tagOf(noFile.text, 'file')).toContain(
      'aria-invalid="true" aria-describedby="file-error"',
    );
    expect(noFile.text).toContain('<a href="#file">กรุณาแนบไฟล์หลักฐาน</a>');
    const script = await post(good, { bytes: Buffer.from('#!/bin/sh\necho hi\n'), name: 'x.sh' });
    expect(script.status).toBe(415);
    expect(titleOf(script.text)).toMatch(/^ข้อผิดพลาด: เพิ่มหลักฐาน OIT/);
    expect(tagOf(script.text, 'file')).toContain('aria-invalid="true"');
    const [stored] = await t.ds.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM oit_evidence WHERE org_id = ? AND title = ?',
      [office.orgId, fields.title],
    );
    expect(Number(stored.n)).toBe(0);
  });

  it('the register: ปกติ, ยกเลิกเลขนี้…, and the CSV names the document type in Thai', async () => {
    const tk = await loginAll(t, office, ['officer', 'head', 'deputy', 'director', 'registrar']);
    let memo: MemoJson = await draftAndSubmit(t, tk.officer);
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tk[who], memo)).body as MemoJson;
    expect(memo.status).toBe('approved');
    const registrar = await webSignIn(t, office.username('registrar'));
    const page = await t
      .http()
      .get('/registers')
      .set('Cookie', registrar.cookie)
      .accept('text/html');
    expect(page.text).toContain('<td data-label="สถานะ">ปกติ');
    expect(page.text).not.toContain('>ใช้งาน<');
    expect(page.text).toContain('ยกเลิกเลขนี้…');
    const year = /name="year"[\s\S]*?<option value="(\d+)" selected/.exec(page.text)![1];
    const csv = await t
      .http()
      .get(`/api/registers/outgoing/${year}/csv`)
      .set(bearer(tk.registrar))
      .expect(200);
    expect(csv.text).toContain('บันทึกข้อความ');
    expect(csv.text).not.toMatch(/,memo,/);
    expect(page.text).not.toContain('— Saraban');
  });
});
