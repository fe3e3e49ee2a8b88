// Issue 18: the platform administrator creates an office with its first admin; that admin
// onboards the office from CSV (all or nothing, UTF-8 or windows-874); the office starts empty
// and its own; the platform administrator never reads an office's documents.
import { DiscoveryModule } from '@nestjs/core';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, login, TEST_PASSWORD } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import {
  ApiOffice,
  csv,
  groupsCsv,
  importFile,
  officeBody,
  officeThroughApi,
  officeTokens,
  peopleRows,
  platformAdminToken,
  toTis620,
} from '../support/offices';
import { listRoutes } from '../support/routes';

jest.setTimeout(120_000);

interface RowResult {
  row: number;
  status: string;
  errors: string[];
  username?: string;
  initialPassword?: string;
}

describe('offices made by the platform administrator', () => {
  let t: TestApp;
  let platform: string;

  beforeAll(async () => {
    t = await createTestApp(undefined, { imports: [DiscoveryModule] });
    platform = await platformAdminToken(t);
  });
  afterAll(() => t.close());

  const offices = async () =>
    (await t.http().get('/api/offices').set(bearer(platform)).expect(200)).body as Array<{
      id: number;
      code: string;
      active: boolean;
      health: { activeUsers: number; memosThisMonth: number };
    }>;

  describe('creating an office', () => {
    it('answers 201 with the office, whose admin signs in to an empty office of its own', async () => {
      const body = officeBody('o-create-1');
      const res = await t.http().post('/api/offices').set(bearer(platform)).send(body).expect(201);
      expect(res.body).toMatchObject({
        code: 'o-create-1',
        bookCode: 'ศธ ๐๔๓๗๗',
        email: body.email,
        active: true,
        admin: { username: body.admin.username },
      });
      const admin = await login(t, body.admin.username);
      const me = await t.http().get('/api/me').set(bearer(admin)).expect(200);
      expect(me.body.organization).toMatchObject({ id: res.body.id, code: 'o-create-1' });
      expect(me.body.user.roles).toEqual(['admin']);
      expect((await t.http().get('/api/groups').set(bearer(admin)).expect(200)).body).toEqual([]);
      const users = await t.http().get('/api/users').set(bearer(admin)).expect(200);
      expect(users.body.map((u: { username: string }) => u.username)).toEqual([
        body.admin.username,
      ]);
      const listed = (await offices()).find((o) => o.code === 'o-create-1');
      expect(listed?.health).toEqual({ activeUsers: 1, memosThisMonth: 0 });
      expect((await offices()).map((o) => o.code)).not.toContain('_platform');
    });

    it('refuses bad input with 400 in Thai and English, a taken code or username with 409, leaving nothing', async () => {
      const bad = await t
        .http()
        .post('/api/offices')
        .set(bearer(platform))
        .send(officeBody('Bad Code', { admin: { username: 'x', password: 'short', name: '' } }))
        .expect(400);
      expect(bad.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'ข้อมูลไม่ถูกต้อง (The request is not valid)',
      });
      expect(JSON.stringify(bad.body.details)).toMatch(/code/);
      await t.http().post('/api/offices').set(bearer(platform)).send({ code: 'x1' }).expect(400);
      await t
        .http()
        .post('/api/offices')
        .set(bearer(platform))
        .send(officeBody('o-dup'))
        .expect(201);
      const sameCode = await t
        .http()
        .post('/api/offices')
        .set(bearer(platform))
        .send(
          officeBody('o-dup', {
            admin: { username: 'o-dup2.admin', password: TEST_PASSWORD, name: 'ก ข' },
          }),
        )
        .expect(409);
      expect(sameCode.body.code).toBe('OFFICE_CODE_TAKEN');
      const sameAdmin = await t
        .http()
        .post('/api/offices')
        .set(bearer(platform))
        .send(
          officeBody('o-dup3', {
            admin: { username: 'o-dup.admin', password: TEST_PASSWORD, name: 'ก ข' },
          }),
        )
        .expect(409);
      expect(sameAdmin.body.code).toBe('USERNAME_TAKEN');
      expect((await offices()).map((o) => o.code)).not.toContain('o-dup3');
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: 'o-dup2.admin', password: TEST_PASSWORD })
        .expect(401);
    });

    it('refuses an office admin (403) and anyone not signed in (401)', async () => {
      const office = await createOffice(t);
      const admin = await login(t, office.username('admin'));
      const res = await t
        .http()
        .post('/api/offices')
        .set(bearer(admin))
        .send(officeBody('o-by-admin'))
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await t.http().get('/api/offices').set(bearer(admin)).expect(403);
      await t.http().post(`/api/offices/${office.orgId}/deactivate`).set(bearer(admin)).expect(403);
      await t.http().post('/api/offices').send(officeBody('o-anon')).expect(401);
    });

    it('never lets an office admin grant the platform role', async () => {
      const office = await createOffice(t);
      const admin = await login(t, office.username('admin'));
      await t
        .http()
        .patch(`/api/users/${office.userIds.officer}`)
        .set(bearer(admin))
        .send({ roles: ['platform_admin'] })
        .expect(400);
      const csvFile = csv([
        ['username', 'firstName', 'lastName', 'roles'],
        [`${office.prefix}.sneaky`, 'แอบ', 'อ้าง', 'platform_admin'],
      ]);
      const res = await importFile(t, admin, 'users', csvFile, true).expect(200);
      expect(res.body.rows[0].errors.join()).toMatch(/unknown role "platform_admin"/);
    });
  });

  describe('an office onboarded from CSV', () => {
    let office: ApiOffice;
    let admin: string;

    beforeAll(async () => {
      const prefix = 'o-onboard';
      await t
        .http()
        .post('/api/offices')
        .set(bearer(platform))
        .send(officeBody(prefix))
        .expect(201);
      admin = await login(t, `${prefix}.admin`);
      office = {
        id: 0,
        prefix,
        bookCode: 'ศธ ๐๔๓๗๗',
        username: (k) => `${prefix}.${k}`,
        passwords: {},
        adminToken: admin,
      };
    });

    it('checks ten groups in a dry run without writing, then imports them', async () => {
      const dry = await importFile(t, admin, 'groups', groupsCsv(), true).expect(200);
      expect(dry.body).toMatchObject({ dryRun: true, ok: true });
      expect(dry.body.rows).toHaveLength(10);
      expect(dry.body.rows[0]).toMatchObject({
        row: 2,
        status: 'ok',
        errors: [],
        action: 'create',
      });
      expect((await t.http().get('/api/groups').set(bearer(admin)).expect(200)).body).toEqual([]);
      const real = await importFile(t, admin, 'groups', groupsCsv(), false).expect(200);
      expect(real.body).toMatchObject({ dryRun: false, ok: true });
      const groups = await t.http().get('/api/groups').set(bearer(admin)).expect(200);
      expect(groups.body).toHaveLength(10);
    });

    it('names the row and the reason of an unknown group; the real import refuses the whole file', async () => {
      const rows = peopleRows(office.prefix);
      rows[7][5] = 'กลุ่มที่ไม่มีอยู่';
      const file = csv(rows);
      const dry = await importFile(t, admin, 'users', file, true).expect(200);
      expect(dry.body).toMatchObject({ dryRun: true, ok: false });
      const bad = (dry.body.rows as RowResult[]).filter((r) => r.status === 'error');
      expect(bad).toEqual([
        expect.objectContaining({
          row: 8,
          errors: ['ไม่พบกลุ่ม "กลุ่มที่ไม่มีอยู่" (unknown group "กลุ่มที่ไม่มีอยู่")'],
        }),
      ]);
      const real = await importFile(t, admin, 'users', file, false).expect(422);
      expect(real.body).toMatchObject({
        statusCode: 422,
        code: 'IMPORT_REFUSED',
        dryRun: false,
        ok: false,
      });
      expect(real.body.message).toMatch(/ไม่ได้นำเข้าข้อมูลใดเลย.*\(Nothing was imported/);
      expect(real.body.rows).toHaveLength(30);
      const users = await t.http().get('/api/users').set(bearer(admin)).expect(200);
      expect(users.body).toHaveLength(1);
    });

    it('imports thirty people from the fixed file, handing out generated first passwords once', async () => {
      const res = await importFile(t, admin, 'users', csv(peopleRows(office.prefix)), false).expect(
        200,
      );
      const rows = res.body.rows as RowResult[];
      expect(rows).toHaveLength(30);
      expect(rows.every((r) => r.status === 'ok')).toBe(true);
      for (const r of rows)
        office.passwords[r.username!.slice(office.prefix.length + 1)] =
          r.initialPassword ?? TEST_PASSWORD;
      expect(
        rows.find((r) => r.username === office.username('officer'))?.initialPassword,
      ).toBeUndefined();
      const generated = rows.find(
        (r) => r.username === office.username('director'),
      )!.initialPassword!;
      expect(generated).toMatch(/^[A-Za-z0-9_-]{16}$/);
      await login(t, office.username('director'), generated);
      const again = await importFile(
        t,
        admin,
        'users',
        csv(peopleRows(office.prefix)),
        true,
      ).expect(200);
      expect((again.body.rows as RowResult[])[0].errors.join()).toMatch(/is taken/);
      expect(JSON.stringify(again.body)).not.toMatch(/initialPassword/);
      const groups = (await t.http().get('/api/groups').set(bearer(admin)).expect(200))
        .body as Array<{ headUserId: number | null; deputyUserId: number | null }>;
      expect(groups.every((g) => g.headUserId && g.deputyUserId)).toBe(true);
    });

    it('re-runs the groups file to change a head (upsert by short name)', async () => {
      const file = csv([
        ['name', 'shortName', 'head', 'deputy'],
        ['กลุ่มอำนวยการ', 'อำนวยการ', office.username('registrar'), ''],
      ]);
      const res = await importFile(t, admin, 'groups', file, false).expect(200);
      expect(res.body.rows[0]).toMatchObject({ status: 'ok', action: 'update' });
      const users = (await t.http().get('/api/users').set(bearer(admin))).body as Array<{
        id: number;
        username: string;
      }>;
      const registrar = users.find((u) => u.username === office.username('registrar'))!;
      const groups = (await t.http().get('/api/groups').set(bearer(admin))).body as Array<{
        shortName: string;
        headUserId: number;
        deputyUserId: number | null;
      }>;
      const group = groups.find((g) => g.shortName === 'อำนวยการ')!;
      expect(group.headUserId).toBe(registrar.id);
      expect(group.deputyUserId).not.toBeNull();
      expect(groups).toHaveLength(10);
    });

    it('numbers its first approved memo ๑ in its own register, and its OIT checklist follows the national catalog', async () => {
      const tk = await officeTokens(t, office, ['officer', 'head6', 'deputy', 'director']);
      let memo = await draftAndSubmit(t, tk.officer);
      expect(memo.steps.map((s) => s.assigneeUsername)).toEqual([
        office.username('head6'),
        office.username('deputy'),
        office.username('director'),
      ]);
      for (const who of ['head6', 'deputy', 'director']) {
        memo = (await approve(t, tk[who], memo).expect(200)).body as MemoJson;
      }
      expect(memo.status).toBe('approved');
      expect(memo.docNumber).toBe(`ศธ ๐๔๓๗๗/${thaiNumeral(1)}`);
      const checklist = await t
        .http()
        .get('/api/oit/2569/checklist')
        .set(bearer(tk.officer))
        .expect(200);
      expect(checklist.body.items.length).toBeGreaterThan(30);
      const listed = (await offices()).find((o) => o.code === office.prefix)!;
      expect(listed.health).toEqual({ activeUsers: 31, memosThisMonth: 1 });
      office.id = listed.id;
    });

    it('imports the same Thai names from windows-874 as from UTF-8 (with a BOM)', async () => {
      const rows = (tag: string) => [
        ['ชื่อผู้ใช้', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'กลุ่ม', 'บทบาท', 'หัวหน้ากลุ่ม'],
        [
          `${office.prefix}.${tag}1`,
          'นางสาว',
          'กาญจนาภรณ์',
          'ศรีสุขสวัสดิ์',
          'นักวิเคราะห์นโยบายและแผนชำนาญการ',
          'นโยบายฯ',
          'เจ้าหน้าที่',
          '',
        ],
        [
          `${office.prefix}.${tag}2`,
          'ว่าที่ร้อยตรี',
          'ณัฐวุฒิ',
          'ฤทธิ์ไธสง',
          'นิติกร',
          'กลุ่มกฎหมายและคดี',
          'officer',
          'ไม่',
        ],
      ];
      const utf8 = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(csv(rows('u')), 'utf8'),
      ]);
      const tis = toTis620(csv(rows('w')));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(tis)).toThrow();
      await importFile(t, admin, 'users', utf8, false).expect(200);
      await importFile(t, admin, 'users', tis, false).expect(200);
      const users = (await t.http().get('/api/users').set(bearer(admin))).body as Array<
        Record<string, unknown>
      >;
      const pick = (tag: string) =>
        [1, 2].map((i) => {
          const u = users.find((x) => x.username === `${office.prefix}.${tag}${i}`)!;
          return [u.titlePrefix, u.firstName, u.lastName, u.position, u.group];
        });
      expect(pick('w')).toEqual(pick('u'));
      expect(pick('u')[0]).toEqual([
        'นางสาว',
        'กาญจนาภรณ์',
        'ศรีสุขสวัสดิ์',
        'นักวิเคราะห์นโยบายและแผนชำนาญการ',
        'กลุ่มนโยบายและแผน',
      ]);
    });

    it('refuses a file that is not such a table with 400, naming the columns', async () => {
      const res = await importFile(t, admin, 'users', 'ชื่อเล่น,username\nก,x\n', true).expect(400);
      expect(res.body.code).toBe('IMPORT_FILE_INVALID');
      expect(res.body.details.unknownColumns).toEqual(['ชื่อเล่น']);
      expect(res.body.details.missingColumns.length).toBeGreaterThan(0);
      await t.http().post('/api/users/import').set(bearer(admin)).expect(400);
      await importFile(t, admin, 'groups', '"unclosed,quote\n', true).expect(400);
      const tooMany = csv([['name'], ...Array.from({ length: 1001 }, (_, i) => [`กลุ่ม ${i}`])]);
      await importFile(t, admin, 'groups', tooMany, true).expect(400);
      const officer = await login(t, office.username('officer'), office.passwords.officer);
      await importFile(t, officer, 'groups', groupsCsv(), true).expect(403);
    });

    it('keeps the platform administrator out of every office route (403 or 404)', async () => {
      const tk = await officeTokens(t, office, ['officer']);
      const memo = await draftAndSubmit(t, tk.officer);
      await t.http().get(`/api/memos/${memo.id}`).set(bearer(platform)).expect(404);
      const answers: string[] = [];
      for (const route of listRoutes(t.app)) {
        // Signing out (/api/auth/logout) would end the platform administrator's own session.
        if (!route.path.startsWith('/api/') || route.path.startsWith('/api/auth/')) continue;
        if (route.isPublic || route.access === 'manageOffices') continue;
        const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
          name === 'register' ? 'outgoing' : /year/i.test(name) ? '2569' : String(memo.id),
        );
        const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
        const res = await t.http()[method](path).set(bearer(platform)).send({});
        const text = JSON.stringify(res.body ?? '') + (res.text ?? '');
        if (route.roles === 'any' && res.status < 400) {
          if (text.includes(office.prefix)) answers.push(`${route.method} ${route.path} leaks`);
        } else if (![403, 404].includes(res.status)) {
          answers.push(`${route.method} ${route.path} ${res.status}`);
        }
      }
      expect(answers).toEqual([]);
    });

    it('deactivates the office: its people cannot sign in and their tokens are refused, until reactivated', async () => {
      const officerPassword = office.passwords.officer;
      const token = await login(t, office.username('officer'), officerPassword);
      await t.http().post(`/api/offices/${office.id}/deactivate`).set(bearer(platform)).expect(200);
      const refused = await t
        .http()
        .post('/api/auth/login')
        .send({ username: office.username('officer'), password: officerPassword })
        .expect(403);
      expect(refused.body).toMatchObject({ code: 'OFFICE_INACTIVE' });
      expect(refused.body.message).toMatch(/ระงับ.*deactivated/);
      const old = await t.http().get('/api/inbox').set(bearer(token)).expect(403);
      expect(old.body.code).toBe('OFFICE_INACTIVE');
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: office.username('officer'), password: 'wrong-password-1' })
        .expect(401);
      expect((await offices()).find((o) => o.id === office.id)?.active).toBe(false);
      await t.http().post(`/api/offices/${office.id}/activate`).set(bearer(platform)).expect(200);
      await login(t, office.username('officer'), officerPassword);
      await t.http().post('/api/offices/2147483647/deactivate').set(bearer(platform)).expect(404);
    });
  });

  it('builds a whole office through the API in one call (support helper)', async () => {
    const made = await officeThroughApi(t, platform);
    expect(Object.keys(made.passwords)).toHaveLength(31);
  });
});
