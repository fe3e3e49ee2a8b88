// Web a11y M10 (WCAG 3.3.4): on /admin, "ระงับ" and "ยกเลิก" no longer act in one click. The
// first POST answers a confirmation page that names the person or delegation and what stops
// (a suspended director holds up every approval chain); only its own form, carrying
// `confirmed=1`, acts. The success message then offers to undo.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer } from '../support/memos';
import { postForm, webSignIn, type WebSession } from '../support/web-session';

jest.setTimeout(120_000);

describe('confirming a suspension or a revocation on /admin', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let admin: WebSession;

  const user = async (key: string) =>
    (await t.http().get(`/api/users/${office.userIds[key]}`).set(bearer(tokens.admin)).expect(200))
      .body as { active: boolean; name: string };
  const delegation = async (id: number) => {
    const list = await t.http().get('/api/delegations').set(bearer(tokens.admin)).expect(200);
    return (list.body as Array<{ id: number; revokedAt: string | null }>).find((d) => d.id === id);
  };
  const page = (path: string) =>
    t.http().get(path).set('Cookie', admin.cookie).set('Accept', 'text/html').expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['admin']);
    admin = await webSignIn(t, office.username('admin'));
  });
  afterAll(() => t.close());

  it('asks before suspending the director, naming them and what stops, and changes nothing', async () => {
    const id = office.userIds.director;
    const { name } = await user('director');
    const asked = await postForm(t, admin, `/admin/users/${id}/active`, { active: '0' }).expect(
      200,
    );
    expect(asked.text).toContain(`<h1>ยืนยันการระงับการใช้งานของ ${name}</h1>`);
    expect(asked.text).toContain('ท่านนี้เป็นผู้อำนวยการ');
    expect(asked.text).toContain('ไม่มีผู้ใดลงนามได้');
    expect(asked.text).toMatch(/<input type="hidden" name="confirmed" value="1">/);
    expect(asked.text).toContain('ยืนยันระงับการใช้งาน');
    expect(asked.text).toContain('href="/admin#users"');
    expect((await user('director')).active).toBe(true);
  });

  it('names the groups a head would hold up', async () => {
    const asked = await postForm(t, admin, `/admin/users/${office.userIds.head}/active`, {
      active: '0',
    }).expect(200);
    expect(asked.text).toContain('ที่รอผู้อำนวยการกลุ่มจะค้างอยู่');
    expect(asked.text).toContain('กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา');
    expect((await user('head')).active).toBe(true);
  });

  it('suspends on the confirmation, and the message undoes it', async () => {
    const id = office.userIds.officer;
    const { name } = await user('officer');
    await postForm(t, admin, `/admin/users/${id}/active`, { active: '0', confirmed: '1' })
      .expect(303)
      .expect('Location', `/admin?done=suspended&user=${id}#users`);
    expect((await user('officer')).active).toBe(false);

    const done = await page(`/admin?done=suspended&user=${id}`);
    expect(done.text).toContain(`ระงับการใช้งานของ ${name} แล้ว`);
    expect(done.text).toContain(`เลิกทำ: เปิดใช้งาน ${name} อีกครั้ง`);
    // The undo is one plain form: re-activating needs no confirmation.
    await postForm(t, admin, `/admin/users/${id}/active`, { active: '1' }).expect(303);
    expect((await user('officer')).active).toBe(true);
  });

  it('asks before revoking a delegation, then revokes, and the message restores it', async () => {
    const given = await t
      .http()
      .post('/api/delegations')
      .set(bearer(tokens.admin))
      .send({
        kind: 'on_behalf',
        delegateUserId: office.userIds.deputy,
        documentKinds: ['memo'],
        startsAt: '2020-01-01T00:00:00Z',
        reference: 'คำสั่ง ที่ ๑๒/๒๕๖๓',
      })
      .expect(201);
    const id = (given.body as { id: number }).id;
    const { name } = await user('deputy');

    const asked = await postForm(t, admin, `/admin/delegations/${id}/revoke`, {}).expect(200);
    expect(asked.text).toContain(`<h1>ยืนยันการยกเลิกการมอบอำนาจให้ ${name}</h1>`);
    expect(asked.text).toContain('คำสั่ง ที่ ๑๒/๒๕๖๓');
    expect(asked.text).toContain(`${name} จะลงนามปฏิบัติราชการแทนในบันทึกข้อความไม่ได้อีก`);
    expect((await delegation(id))?.revokedAt).toBeNull();

    await postForm(t, admin, `/admin/delegations/${id}/revoke`, { confirmed: '1' })
      .expect(303)
      .expect('Location', `/admin?done=revoked&delegation=${id}#delegations`);
    expect((await delegation(id))?.revokedAt).not.toBeNull();

    const done = await page(`/admin?done=revoked&delegation=${id}`);
    expect(done.text).toContain(`ยกเลิกการมอบอำนาจให้ ${name} แล้ว`);
    expect(done.text).toContain(`action="/admin/delegations/${id}/restore"`);
    await postForm(t, admin, `/admin/delegations/${id}/restore`, {}).expect(303);
    expect((await delegation(id))?.revokedAt).toBeNull();

    const audit = await t
      .http()
      .get(`/api/audit?entityType=delegation&entityId=${id}`)
      .set(bearer(tokens.admin))
      .expect(200);
    const actions = (audit.body as { items: Array<{ action: string }> }).items.map((e) => e.action);
    expect(actions.sort()).toEqual([
      'delegation.create',
      'delegation.restore',
      'delegation.revoke',
    ]);
  });

  it("finds no other office's person or delegation to confirm", async () => {
    const other = await createOffice(t);
    await postForm(t, admin, `/admin/users/${other.userIds.director}/active`, {
      active: '0',
    }).expect(404);
    await postForm(t, admin, `/admin/users/${other.userIds.director}/active`, {
      active: '0',
      confirmed: '1',
    }).expect(404);
  });
});
