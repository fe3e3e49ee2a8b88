import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer } from '../support/memos';
import { csv, importFile, toTis620 } from '../support/offices';

jest.setTimeout(60_000);

describe('recipients directory (schools and agencies)', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let otherTokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, ['registrar', 'admin', 'officer']);
    otherTokens = await loginAll(t, other, ['registrar']);
  });
  afterAll(() => t.close());

  const create = (token: string, body: object) =>
    t.http().post('/api/recipients').set(bearer(token)).send(body);

  it('lets the registry desk and the office admin add schools and agencies; 403 for an officer', async () => {
    const school = await create(tokens.registrar, {
      name: 'โรงเรียนบ้านนาทรายวิทยา',
      email: 'Saraban@NaSai.example.ac.th',
      kind: 'school',
      code: '1048100001',
    }).expect(201);
    expect(school.body).toEqual({
      id: expect.any(Number),
      name: 'โรงเรียนบ้านนาทรายวิทยา',
      email: 'saraban@nasai.example.ac.th',
      kind: 'school',
      code: '1048100001',
      active: true,
    });
    await create(tokens.admin, {
      name: 'สำนักงานศึกษาธิการจังหวัดตัวอย่าง',
      email: 'saraban@peo.example.go.th',
      kind: 'agency',
    }).expect(201);
    const refused = await create(tokens.officer, {
      name: 'โรงเรียนไม่ควรเพิ่ม',
      email: 'x@example.ac.th',
      kind: 'school',
    }).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const taken = await create(tokens.admin, {
      name: 'ซ้ำ',
      email: 'saraban@nasai.example.ac.th',
      kind: 'school',
    }).expect(409);
    expect(taken.body).toMatchObject({ code: 'RECIPIENT_EMAIL_TAKEN' });
    expect(taken.body.message).toMatch(/[\u0E00-\u0E7F]/);
    await create(tokens.admin, { name: 'x', email: 'not-an-address', kind: 'school' }).expect(400);
    await create(tokens.admin, { name: 'x', email: 'a@example.org', kind: 'parent' }).expect(400);
  });

  it('lists and searches for any signed-in person of the office, never another office', async () => {
    const list = (token: string, query: Record<string, string> = {}) =>
      t.http().get('/api/recipients').query(query).set(bearer(token)).expect(200);
    const all = await list(tokens.officer);
    // Schools first, then agencies.
    expect(all.body.items.map((r: { name: string }) => r.name)).toEqual([
      'โรงเรียนบ้านนาทรายวิทยา',
      'สำนักงานศึกษาธิการจังหวัดตัวอย่าง',
    ]);
    expect((await list(tokens.officer, { q: 'นาทราย' })).body.items).toHaveLength(1);
    expect((await list(tokens.officer, { q: '1048100001' })).body.items).toHaveLength(1);
    expect((await list(tokens.officer, { kind: 'agency' })).body.items).toHaveLength(1);
    expect((await list(tokens.officer, { q: '100%_' })).body.items).toHaveLength(0);
    expect((await list(otherTokens.registrar)).body.items).toHaveLength(0);
  });

  it('edits and deactivates; another office gets 404', async () => {
    const created = await create(tokens.registrar, {
      name: 'โรงเรียนริมโขงพิทยาคม',
      email: 'saraban@rimkhong.example.ac.th',
      kind: 'school',
    }).expect(201);
    const id = created.body.id as number;
    await t
      .http()
      .patch(`/api/recipients/${id}`)
      .set(bearer(otherTokens.registrar))
      .send({ active: false })
      .expect(404);
    await t
      .http()
      .patch(`/api/recipients/${id}`)
      .set(bearer(tokens.officer))
      .send({ active: false })
      .expect(403);
    const renamed = await t
      .http()
      .patch(`/api/recipients/${id}`)
      .set(bearer(tokens.registrar))
      .send({ name: 'โรงเรียนริมโขงพิทยาคม (ใหม่)', active: false })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'โรงเรียนริมโขงพิทยาคม (ใหม่)', active: false });
    const active = await t.http().get('/api/recipients').set(bearer(tokens.officer)).expect(200);
    expect(active.body.items.map((r: { id: number }) => r.id)).not.toContain(id);
    const everyone = await t
      .http()
      .get('/api/recipients')
      .query({ includeInactive: 'true' })
      .set(bearer(tokens.officer))
      .expect(200);
    expect(everyone.body.items.map((r: { id: number }) => r.id)).toContain(id);
  });

  describe('imported from a CSV file', () => {
    const HEADER = ['ลำดับ', 'ชื่อ', 'อีเมล', 'ประเภท', 'รหัส'];
    const SCHOOLS = Array.from({ length: 30 }, (_, i) => [
      String(i + 1),
      `โรงเรียนนำเข้าวิทยาคม ${i + 1}`,
      `saraban@import${i + 1}.example.ac.th`,
      i < 28 ? 'โรงเรียน' : 'หน่วยงาน',
      `10481${String(i).padStart(5, '0')}`,
    ]);
    const listed = async () =>
      (
        await t
          .http()
          .get('/api/recipients')
          .query({ q: 'นำเข้าวิทยาคม' })
          .set(bearer(tokens.registrar))
          .expect(200)
      ).body.total as number;

    it('names a bad row in the dry run, refuses the whole file, and imports the fixed one in windows-874', async () => {
      const bad = csv([HEADER, ...SCHOOLS.slice(0, 5), ['6', 'โรงเรียนผิด', 'ไม่ใช่อีเมล', 'วัด', '']]);
      const dry = await importFile(t, tokens.registrar, 'recipients', bad, true).expect(200);
      expect(dry.body.ok).toBe(false);
      const wrong = dry.body.rows.find((r: { status: string }) => r.status === 'error');
      expect(wrong.row).toBe(7);
      expect(wrong.errors.join(' ')).toMatch(/อีเมล.*ไม่ถูกต้อง/);
      expect(wrong.errors.join(' ')).toMatch(/ประเภท/);
      const refused = await importFile(t, tokens.registrar, 'recipients', bad, false).expect(422);
      expect(refused.body.code).toBe('IMPORT_REFUSED');
      expect(await listed()).toBe(0);

      const good = toTis620(csv([HEADER, ...SCHOOLS]));
      const done = await importFile(t, tokens.registrar, 'recipients', good, false).expect(200);
      expect(done.body.rows).toHaveLength(30);
      expect(await listed()).toBe(30);
      const agencies = await t
        .http()
        .get('/api/recipients')
        .query({ q: 'นำเข้าวิทยาคม', kind: 'agency' })
        .set(bearer(tokens.registrar))
        .expect(200);
      expect(agencies.body.total).toBe(2);
    });

    it('updates rows by e-mail when the file is imported again, and refuses an officer', async () => {
      const renamed = csv([
        HEADER,
        ['1', 'โรงเรียนนำเข้าวิทยาคม ชื่อใหม่', 'SARABAN@import1.example.ac.th', '', ''],
      ]);
      const again = await importFile(t, tokens.admin, 'recipients', renamed, false).expect(200);
      expect(again.body.rows[0]).toMatchObject({ action: 'update', status: 'ok' });
      expect(await listed()).toBe(30);
      await importFile(t, tokens.officer, 'recipients', renamed, true).expect(403);
      const theirs = await t
        .http()
        .get('/api/recipients')
        .query({ q: 'นำเข้าวิทยาคม' })
        .set(bearer(otherTokens.registrar))
        .expect(200);
      expect(theirs.body.total).toBe(0);
    });
  });
});
