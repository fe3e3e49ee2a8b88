// The platform page (/platform) and the office admin's import page (/admin/import), over HTTP
// as a browser uses them: CSRF-checked forms, a dry run's per-row table, then the import.
import { createTestApp, TestApp } from '../support/app';
import { login, TEST_PASSWORD } from '../support/factories';
import { bearer } from '../support/memos';
import { csv, groupsCsv, officeBody } from '../support/offices';
import { PlatformAdmins } from '../../src/platform/platform-admins.service';
import { postForm, webSignIn } from '../support/web-session';

jest.setTimeout(60_000);

describe('web: platform and import pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(PlatformAdmins)
      .create({ username: 'web.platform', password: TEST_PASSWORD, name: 'นายแพลต ฟอร์ม' });
  });
  afterAll(() => t.close());

  const page = (cookie: string, path: string) =>
    t.http().get(path).set('Cookie', cookie).set('Accept', 'text/html');

  it('lets the platform administrator create an office with its admin, and deactivate it', async () => {
    const s = await webSignIn(t, 'web.platform');
    const home = await t.http().get('/home').set('Cookie', s.cookie);
    expect(home.headers.location).toBe('/platform');
    const bad = await postForm(t, s, '/platform/offices', {
      code: 'Bad Code',
      name: '',
      bookCode: '',
      adminUsername: 'x',
      adminPassword: 'x',
      adminName: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('กรุณาตรวจสอบรหัสสำนักงาน');
    const fields = {
      code: 'web-office',
      name: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเว็บ',
      shortName: 'สพม.เว็บ',
      bookCode: 'ศธ ๐๔๓๕๕',
      address: '',
      phone: '',
      email: '',
      adminUsername: 'web-office.admin',
      adminPassword: TEST_PASSWORD,
      adminName: 'นายดูแล เว็บ',
    };
    const created = await postForm(t, s, '/platform/offices', fields).expect(303);
    expect(created.headers.location).toBe('/platform?done=office');
    const again = await postForm(t, s, '/platform/offices', fields).expect(409);
    expect(again.text).toContain('รหัสสำนักงานนี้มีอยู่แล้ว');
    const list = await page(s.cookie, '/platform').expect(200);
    expect(list.text).toContain('สพม.เว็บ');
    expect(list.text).not.toContain('_platform');
    const id =
      /action="\/platform\/offices\/(\d+)\/active"[^]*?สพม\.เว็บ|สพม\.เว็บ[^]*?action="\/platform\/offices\/(\d+)\/active"/.exec(
        list.text,
      )!;
    const officeId = id[1] ?? id[2];
    await postForm(t, s, `/platform/offices/${officeId}/active`, { active: '0' }).expect(303);
    const refused = await t
      .http()
      .post('/signin')
      .type('form')
      .send({ username: 'web-office.admin', password: TEST_PASSWORD });
    expect([403]).toContain(refused.status);
    await postForm(t, s, `/platform/offices/${officeId}/active`, { active: '1' }).expect(303);
    await webSignIn(t, 'web-office.admin');
    await page(s.cookie, '/registers').expect(403);
    await page(s.cookie, '/audit').expect(403);
    await page(s.cookie, '/admin').expect(403);
  });

  it('checks a file, shows each row, and imports exactly what was checked', async () => {
    const platform = await login(t, 'web.platform');
    await t
      .http()
      .post('/api/offices')
      .set(bearer(platform))
      .send(officeBody('web-import'))
      .expect(201);
    const s = await webSignIn(t, 'web-import.admin');
    const form = await page(s.cookie, '/admin/import').expect(200);
    expect(form.text).toContain('นำเข้าทั้งไฟล์หรือไม่นำเข้าเลย');
    const upload = (fields: Record<string, string>, file?: string) => {
      let req = t
        .http()
        .post(`/admin/import?_csrf=${encodeURIComponent(s.csrf)}`)
        .set('Cookie', s.cookie)
        .set('Accept', 'text/html');
      for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
      if (file !== undefined) req = req.attach('file', Buffer.from(file, 'utf8'), 'groups.csv');
      return req;
    };
    const badFile = csv([
      ['name', 'head'],
      ['กลุ่มใหม่', 'nobody.here'],
    ]);
    const bad = await upload({ kind: 'groups', mode: 'check' }, badFile).expect(200);
    expect(bad.text).toContain('ไม่พบผู้ใช้ &quot;nobody.here&quot;');
    expect(bad.text).not.toContain('name="content"');
    const dry = await upload({ kind: 'groups', mode: 'check' }, groupsCsv()).expect(200);
    expect(dry.text).toContain('ถูกต้องทั้ง ๑๐ แถว');
    const content = /name="content" value="([^"]+)"/.exec(dry.text)![1];
    const before = await page(s.cookie, '/admin');
    expect(before.text).not.toContain('กลุ่มบริหารงานบุคคล');
    const done = await upload({ kind: 'groups', mode: 'import', content }).expect(200);
    expect(done.text).toContain('นำเข้ากลุ่มแล้ว');
    const after = await page(s.cookie, '/admin');
    expect(after.text).toContain('กลุ่มบริหารงานบุคคล');
    const unreadable = await upload({ kind: 'users', mode: 'check' }, 'เล่น\nก\n').expect(400);
    expect(unreadable.text).toContain('หัวคอลัมน์ที่ไม่รู้จัก: เล่น');
  });
});
