import type { OfficeSpec } from '../../src/seed/office-spec';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer, itemOf } from '../fixtures/oit-e2e';

const HOSTILE_GROUP = 'กลุ่มส่งเสริม <script>alert("x")</script> & "ทดลอง"';
const HOSTILE_ESCAPED =
  'กลุ่มส่งเสริม &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;ทดลอง&quot;';

/** The test office with e-mails, an office phone, a hostile group name, and its own names. */
const customize =
  (tag: string) =>
  (spec: OfficeSpec): OfficeSpec => ({
    ...spec,
    phone: `0 4251 ${tag === 'ก' ? '0001' : '0002'}`,
    address: 'ถนนอภิบาลบัญชา ตำบลในเมือง',
    groups: spec.groups.map((g) =>
      g.key === 'g2' && tag === 'ก' ? { ...g, name: HOSTILE_GROUP } : g,
    ),
    people: spec.people.map((p) => ({
      ...p,
      firstName: `${tag}${p.firstName}`,
      email: `${p.key}.${tag === 'ก' ? 'a' : 'b'}@example.go.th`,
    })),
  });

const name = (tag: string, key: string) => `นาย${tag}ทดสอบ${key} ใจดี`;

/** The card of one group on the O1 page. */
const groupCard = (html: string, group: string): string => {
  const start = html.indexOf(`<h3>${group}</h3>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('OIT standing items: O1 structure and O2 executives', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  const g1 = 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา';

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t, customize('ก'));
    other = await createOffice(t, customize('ข'));
    tokens = await loginAll(t, office, ['officer', 'oit', 'admin']);
  });
  afterAll(() => t.close());

  const o1 = (o: TestOffice = office) => t.http().get(`/oit/${o.prefix}/2565/o1`).expect(200);
  const o2 = (o: TestOffice = office) => t.http().get(`/oit/${o.prefix}/2565/o2`).expect(200);
  const setHead = (group: string, user: string) =>
    t
      .http()
      .patch(`/api/groups/${office.groupIds[group]}`)
      .set(bearer(tokens.admin))
      .send({ headUserId: office.userIds[user] })
      .expect(200);

  it('O1 names every group with its head and deputy, the director and each deputy, escaped', async () => {
    const res = await o1();
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    const html = res.text;
    expect(html).toContain('<h1>โครงสร้างหน่วยงาน</h1>');
    expect(html).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(html).toContain('name="viewport"');
    expect(html).not.toMatch(/<script|<style|style=/);
    for (const key of ['director', 'deputy', 'deputy2']) expect(html).toContain(name('ก', key));
    const first = groupCard(html, g1);
    expect(first).toContain(name('ก', 'head'));
    expect(first).toContain(name('ก', 'deputy'));
    const second = groupCard(html, HOSTILE_ESCAPED);
    expect(second).toContain(name('ก', 'head2'));
    expect(second).toContain(name('ก', 'deputy2'));
    expect(html).not.toContain('@example.go.th');
    const css = await t.http().get('/oit-assets/standing.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('O2 gives the director and each deputy with position, phone and e-mail', async () => {
    const html = (await o2()).text;
    expect(html).toContain('<h1>ข้อมูลผู้บริหาร</h1>');
    for (const key of ['director', 'deputy', 'deputy2']) {
      const card = groupCard(html, name('ก', key));
      expect(card).toContain(`${key}.a@example.go.th`);
      expect(card).toContain('0 4251 0001');
      expect(card).toContain(key === 'director' ? 'ผู้อำนวยการสำนักงาน' : 'รองผู้อำนวยการสำนักงาน');
    }
    expect(html).not.toContain(name('ก', 'head'));
  });

  it('reads the organisation live: a new group head shows at once, a vacant seat says so', async () => {
    await setHead('g1', 'peer');
    let card = groupCard((await o1()).text, g1);
    expect(card).toContain(name('ก', 'peer'));
    expect(card).not.toContain(name('ก', 'head'));
    await t
      .http()
      .patch(`/api/groups/${office.groupIds.g1}`)
      .set(bearer(tokens.admin))
      .send({ headUserId: null })
      .expect(200);
    card = groupCard((await o1()).text, g1);
    expect(card).toContain('ตำแหน่งว่าง');
    await setHead('g1', 'head');
    expect(groupCard((await o1()).text, g1)).toContain(name('ก', 'head'));
  });

  it('shows each office its own data only; an unknown office or year is 404', async () => {
    const mine = (await o1()).text + (await o2()).text;
    const theirs = (await o1(other)).text + (await o2(other)).text;
    expect(theirs).toContain(name('ข', 'director'));
    expect(theirs).toContain(name('ข', 'head2'));
    expect(theirs).not.toMatch(/นายกทดสอบ|\.a@example/);
    expect(mine).not.toMatch(/นายขทดสอบ|\.b@example/);
    await t.http().get('/oit/no-such-office/2565/o1').expect(404);
    await t.http().get('/oit/..%2Fetc/2565/o2').expect(404);
    await t.http().get(`/oit/${office.prefix}/2560/o1`).expect(404);
    await t.http().get(`/oit/${office.prefix}/abc/o2`).expect(400);
  });

  it('only the coordinator links the pages, and only O1 or O2', async () => {
    for (const token of [tokens.officer, tokens.admin]) {
      await t.http().post('/api/oit/2565/standing/O1/link').set(bearer(token)).expect(403);
    }
    await t.http().post('/api/oit/2565/standing/O1/link').expect(401);
    await t.http().post('/api/oit/2565/standing/O3/link').set(bearer(tokens.oit)).expect(400);
    const checklist = await t.http().get('/api/oit/2565/checklist').set(bearer(tokens.oit));
    expect(itemOf(checklist.body, 'O1').status).toBe('missing');
  });

  it('linking the pages completes O1 and O2 in the checklist and the public page', async () => {
    const linked: Record<string, number> = {};
    for (const code of ['O1', 'O2']) {
      const res = await t
        .http()
        .post(`/api/oit/2565/standing/${code}/link`)
        .set(bearer(tokens.oit))
        .expect(201);
      expect(res.body).toMatchObject({ code, status: 'confirmed', fiscalYear: 2565 });
      expect(res.body.evidence.kind).toBe('web');
      expect(res.body.evidence.url).toMatch(
        new RegExp(`/oit/${office.prefix}/2565/${code.toLowerCase()}$`),
      );
      linked[code] = res.body.evidence.id as number;
    }
    // Linking again reuses the page's evidence rather than registering it twice.
    const again = await t
      .http()
      .post('/api/oit/2565/standing/o1/link')
      .set(bearer(tokens.oit))
      .expect(201);
    expect(again.body.evidence.id).toBe(linked.O1);
    const checklist = await t
      .http()
      .get('/api/oit/2565/checklist')
      .set(bearer(tokens.oit))
      .expect(200);
    for (const code of ['O1', 'O2']) {
      expect(itemOf(checklist.body, code).status).toBe('complete');
      expect(itemOf(checklist.body, code).evidence).toHaveLength(1);
    }
    const json = await t.http().get(`/oit/${office.prefix}/2565/export.json`).expect(200);
    const o1Item = json.body.items.find((i: { code: string }) => i.code === 'O1');
    expect(o1Item.urls[0]).toMatch(new RegExp(`/oit/${office.prefix}/2565/o1$`));
  });

  it('freezes both pages with the submission: later changes to the organisation do not show', async () => {
    await t.http().post('/api/oit/2565/submit').set(bearer(tokens.oit)).expect(201);
    const [frozenO1, frozenO2] = [(await o1()).text, (await o2()).text];
    expect(frozenO1).toContain('ข้อมูลตามที่ส่งเพื่อการประเมินเมื่อ');
    await setHead('g1', 'peer');
    await t
      .http()
      .patch(`/api/users/${office.userIds.deputy2}`)
      .set(bearer(tokens.admin))
      .send({ active: false })
      .expect(200);
    expect((await o1()).text).toBe(frozenO1);
    expect((await o2()).text).toBe(frozenO2);
    expect(groupCard(frozenO1, g1)).toContain(name('ก', 'head'));
    expect(frozenO2).toContain(name('ก', 'deputy2'));
    // The other office has not submitted: its page still reads live data.
    expect((await o1(other)).text).toContain('ข้อมูลปัจจุบัน ณ วันที่');
  });
});
