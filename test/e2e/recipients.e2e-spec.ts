import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer } from '../support/memos';

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
});
