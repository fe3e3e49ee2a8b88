import { createTestApp, TestApp } from '../support/app';
import { createOffice, login, TestOffice } from '../support/factories';

describe('organisation isolation', () => {
  let t: TestApp;
  let mine: TestOffice;
  let theirs: TestOffice;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    [mine, theirs] = [await createOffice(t), await createOffice(t)];
    adminToken = await login(t, mine.username('admin'));
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('answers 404, not 403, for another office’s user, group and delegation ids', async () => {
    const theirUser = theirs.userIds.officer;
    const theirGroup = theirs.groupIds.g1;
    await t.http().get(`/api/users/${theirUser}`).set(auth(adminToken)).expect(404);
    await t
      .http()
      .patch(`/api/users/${theirUser}`)
      .set(auth(adminToken))
      .send({ active: false })
      .expect(404);
    await t
      .http()
      .patch(`/api/groups/${theirGroup}`)
      .set(auth(adminToken))
      .send({ phone: '1' })
      .expect(404);
    await t
      .http()
      .post('/api/delegations')
      .set(auth(adminToken))
      .send({
        kind: 'on_behalf',
        delegateUserId: theirUser,
        documentKinds: ['memo'],
        startsAt: '2026-01-01T00:00:00Z',
      })
      .expect(404);
  });

  it('lists only the caller’s office', async () => {
    const res = await t.http().get('/api/users').set(auth(adminToken)).expect(200);
    const usernames = (res.body as Array<{ username: string }>).map((u) => u.username);
    expect(usernames).toContain(mine.username('officer'));
    expect(usernames.some((u) => u.startsWith(theirs.prefix))).toBe(false);
  });

  it('refuses admin actions to an officer with 403', async () => {
    const officer = await login(t, mine.username('officer'));
    const res = await t
      .http()
      .post('/api/groups')
      .set(auth(officer))
      .send({ name: 'กลุ่มใหม่' })
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('creates a user that can then sign in, and refuses a taken username with 409', async () => {
    const body = {
      username: `${mine.prefix}.newcomer`,
      password: 'a-long-password-1',
      titlePrefix: 'นาง',
      firstName: 'ใหม่',
      lastName: 'มาก',
      positionName: 'นักจัดการงานทั่วไป',
      groupId: mine.groupIds.g2,
      roles: ['officer'],
    };
    const created = await t.http().post('/api/users').set(auth(adminToken)).send(body).expect(201);
    expect(created.body).toMatchObject({
      username: body.username,
      position: 'นักจัดการงานทั่วไป',
      group: 'กลุ่มส่งเสริมการจัดการศึกษา',
    });
    await login(t, body.username, body.password);
    const dup = await t.http().post('/api/users').set(auth(adminToken)).send(body).expect(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
  });
});
