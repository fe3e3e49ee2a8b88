import { createHmac } from 'node:crypto';
import { DiscoveryModule } from '@nestjs/core';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, login, TEST_PASSWORD, TestOffice } from '../support/factories';
import { listRoutes } from '../support/routes';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (header: object, payload: object, secret: string): string => {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
};

describe('auth', () => {
  let t: TestApp;
  let office: TestOffice;

  beforeAll(async () => {
    t = await createTestApp(undefined, { imports: [DiscoveryModule] });
    office = await createOffice(t);
  });
  afterAll(() => t.close());

  it('signs in a user and returns a bearer token that opens /api/me', async () => {
    const token = await login(t, office.username('officer'));
    const me = await t.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.user.username).toBe(office.username('officer'));
    expect(me.body.user).not.toHaveProperty('passwordHash');
    expect(me.body.organization.id).toBe(office.orgId);
  });

  it('answers 401 with a Thai and English message for a wrong password or unknown user', async () => {
    for (const body of [
      { username: office.username('officer'), password: 'wrong-password' },
      { username: 'nobody-here', password: TEST_PASSWORD },
    ]) {
      const res = await t.http().post('/api/auth/login').send(body).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
      expect(res.body.message).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
      expect(res.body.message).toContain('Wrong username or password');
    }
  });

  it('refuses a deactivated user', async () => {
    const admin = await login(t, office.username('admin'));
    await t
      .http()
      .patch(`/api/users/${office.userIds.peer}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await t
      .http()
      .post('/api/auth/login')
      .send({ username: office.username('peer'), password: TEST_PASSWORD })
      .expect(401);
  });

  it.each([
    ['missing body', undefined],
    ['empty object', {}],
    ['array', [1, 2]],
    ['number username', { username: 5, password: 'x' }],
    ['extra field', { username: 'a', password: 'b', admin: true }],
    ['huge username', { username: 'a'.repeat(500), password: 'b' }],
  ])('answers 400 for a malformed login body (%s)', async (_name, body) => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send(body as object)
      .expect(400);
    expect(res.body.code).toMatch(/VALIDATION_FAILED|BAD_REQUEST/);
    expect(typeof res.body.message).toBe('string');
  });

  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "x",')
      .expect(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
    expect(res.body.requestId).toBeTruthy();
  });

  describe('tokens', () => {
    const secret = process.env.JWT_SECRET!;
    const now = Math.floor(Date.now() / 1000);
    // Everything right but what each case spoils, so each is refused for its own reason.
    const claims = () => ({
      sub: office.userIds.officer,
      org: office.orgId,
      usr: office.username('officer'),
      ver: 0,
      sid: 'test-session',
    });

    it('accepts a token signed by hand with the right key and claims (the control)', async () => {
      const token = sign(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims(), iat: now, exp: now + 600 },
        secret,
      );
      await t.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    });

    it.each([
      ['missing', () => undefined],
      ['garbage', () => 'Bearer not-a-token'],
      [
        'expired',
        () =>
          `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), iat: now - 7200, exp: now - 3600 }, secret)}`,
      ],
      [
        'wrong key',
        () =>
          `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), iat: now, exp: now + 600 }, 'another-secret-of-sufficient-length-000000')}`,
      ],
      [
        'alg none',
        () =>
          `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), iat: now, exp: now + 600 })}.`,
      ],
      [
        'stale session version',
        () =>
          `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), ver: 7, iat: now, exp: now + 600 }, secret)}`,
      ],
      [
        'another org claim',
        () =>
          `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), org: office.orgId + 999, iat: now, exp: now + 600 }, secret)}`,
      ],
    ])('answers 401 for a %s token', async (_name, header) => {
      const req = t.http().get('/api/me');
      const value = header();
      if (value) req.set('Authorization', value);
      const res = await req.expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('sign-out', () => {
    const me = (token: string) => t.http().get('/api/me').set('Authorization', `Bearer ${token}`);

    it('ends every session of the user, and a new sign-in works', async () => {
      const local = await createOffice(t);
      const [phone, desk, other] = await Promise.all([
        login(t, local.username('head')),
        login(t, local.username('head')),
        login(t, local.username('officer')),
      ]);
      await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${phone}`).expect(204);
      expect((await me(phone).expect(401)).body.code).toBe('UNAUTHENTICATED');
      await me(desk).expect(401);
      await me(other).expect(200); // another user's session is untouched
      await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${phone}`).expect(401);
      await me(await login(t, local.username('head'))).expect(200);
    });

    it('ends the sessions of a user whose password the admin changes', async () => {
      const local = await createOffice(t);
      const [admin, head] = await Promise.all([
        login(t, local.username('admin')),
        login(t, local.username('head')),
      ]);
      const editHead = (body: object) =>
        t
          .http()
          .patch(`/api/users/${local.userIds.head}`)
          .set('Authorization', `Bearer ${admin}`)
          .send(body)
          .expect(200);
      await editHead({ firstName: 'สมหมาย' });
      await me(head).expect(200); // other edits leave sessions alone
      await editHead({ password: 'a-new-password-for-head' });
      await me(head).expect(401);
      await me(admin).expect(200);
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: local.username('head'), password: 'a-new-password-for-head' })
        .expect(200);
    });
  });

  describe('route metadata', () => {
    it('gives every route either @Public() or role metadata', () => {
      const routes = listRoutes(t.app);
      expect(routes.length).toBeGreaterThan(10);
      const bare = routes.filter((r) => !r.isPublic && !r.roles);
      expect(bare.map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)).toEqual([]);
    });

    it('answers 401 to an anonymous call of every private API route', async () => {
      const routes = listRoutes(t.app).filter((r) => !r.isPublic && r.path.startsWith('/api/'));
      for (const route of routes) {
        const path = route.path.replace(/:\w+/g, '1');
        const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
        const res = await t.http()[method](path).send({});
        expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
          route: `${route.method} ${route.path}`,
          status: 401,
        });
      }
    });
  });
});
