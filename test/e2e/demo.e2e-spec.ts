import { DEMO_LOGINS, DEMO_OFFICE } from '../../src/seed/demo-office';
import { DemoSeedService } from '../../src/seed/demo-seed.service';
import { createTestApp, TestApp } from '../support/app';
import { bearer } from '../support/memos';

jest.setTimeout(60_000);

describe('demo office', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedDemoOffice();
  });
  afterAll(() => t.close());

  it('is seeded once: a second run leaves it as it is', async () => {
    const again = await t.app.get(DemoSeedService).seedDemoOffice();
    expect(again.created).toBe(false);
  });

  it.each(DEMO_LOGINS.map(([username]) => username).filter((u) => u !== 'platform'))(
    'lets demo user %s sign in with the demo password',
    async (username) => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ username, password: 'saraban-demo' })
        .expect(200);
      const me = await t.http().get('/api/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body.organization).toMatchObject({
        code: DEMO_OFFICE.code,
        shortName: 'สพม.นครพนม',
        bookCode: 'ศธ ๐๔๓๐๕',
      });
    },
  );

  it('seeds `platform`, who sees the demo office among the offices and belongs to none', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'platform', password: 'saraban-demo' })
      .expect(200);
    expect(res.body.user.roles).toEqual(['platform_admin']);
    const offices = await t
      .http()
      .get('/api/offices')
      .set(bearer(res.body.accessToken))
      .expect(200);
    const codes = (offices.body as Array<{ code: string }>).map((o) => o.code);
    expect(codes).toContain(DEMO_OFFICE.code);
    expect(codes).not.toContain('_platform');
  });

  it('has the ten groups of the office, each with a head and an overseeing deputy', async () => {
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'saraban-demo' })
      .expect(200);
    const groups = await t
      .http()
      .get('/api/groups')
      .set(bearer(login.body.accessToken))
      .expect(200);
    expect(groups.body).toHaveLength(10);
    expect(
      groups.body.every(
        (g: { headUserId: number | null; deputyUserId: number | null }) =>
          g.headUserId && g.deputyUserId,
      ),
    ).toBe(true);
  });

  it('routes the demo officer’s memo head → deputy → director', async () => {
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'officer', password: 'saraban-demo' })
      .expect(200);
    const created = await t
      .http()
      .post('/api/memos')
      .set(bearer(login.body.accessToken))
      .send({
        subject: 'ทดสอบสายการพิจารณา',
        to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
        paragraphs: ['ข้อเสนอ'],
      })
      .expect(201);
    const submitted = await t
      .http()
      .post(`/api/memos/${created.body.id}/submit`)
      .set(bearer(login.body.accessToken))
      .expect(200);
    expect(
      submitted.body.steps.map((s: { assigneeUsername: string }) => s.assigneeUsername),
    ).toEqual(['head', 'deputy', 'director']);
  });
});
