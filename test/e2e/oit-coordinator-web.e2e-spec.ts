// The coordinator's OIT work on web pages (issue 15 part 3): each new form refuses anyone else
// with the 403 page and any post without its form token; the coordinator's own posts land.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { postForm, WebSession, webSignIn } from '../support/web-session';
import { approvedDocument, bearer, emitApproved, itemOf } from '../fixtures/oit-e2e';

jest.setTimeout(60_000);

const YEAR = '2565';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ANNUAL_PLAN = 'แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๕';

/** A valid form for each new web route, as its page would post it. */
const FORMS: Record<string, Record<string, string>> = {
  '/oit/evidence/web': {
    year: YEAR,
    code: 'O8',
    title: 'ช่องทางถาม-ตอบ (Q&A)',
    url: 'https://www.example.go.th/qa',
    date: '2022-01-10',
  },
  '/oit/evidence/document': { year: YEAR, code: 'O10', documentType: 'memo', documentId: '1' },
  '/oit/survey': { year: YEAR, iit: '27.5', eit: '26' },
  '/oit/submit': { year: YEAR, confirmed: '1' },
  '/oit/rules': { code: 'O23', kind: 'any', pattern: 'สขร' },
  '/oit/rules/1/delete': {},
  '/oit/assignments': { code: 'O23', groupId: '' },
};
const CATALOG = readFileSync(join(__dirname, '../../src/oit/catalog/2565.json'));
const FILE_FIELDS = { year: YEAR, code: 'O23', title: 'สรุปผลการจัดซื้อจัดจ้าง', date: '2021-10-29' };

describe('the coordinator OIT web forms', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let officer: WebSession;
  let coordinator: WebSession;
  let memoId: number;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['oit']);
    const plan = approvedDocument(ANNUAL_PLAN, '2021-10-20');
    memoId = plan.documentId;
    await emitApproved(t, office, [plan]);
    [officer, coordinator] = await Promise.all([
      webSignIn(t, office.username('officer')),
      webSignIn(t, office.username('oit')),
    ]);
  });
  afterAll(() => t.close());

  const checklist = async () =>
    (await t.http().get(`/api/oit/${YEAR}/checklist`).set(bearer(tokens.oit))).body as {
      submittedAt: string | null;
      score: { iit: number | null; eit: number | null };
    };
  const upload = (session: WebSession, token: string | undefined, fields = FILE_FIELDS) => {
    const query = token === undefined ? '' : `?_csrf=${encodeURIComponent(token)}`;
    let req = t
      .http()
      .post(`/oit/evidence/file${query}`)
      .set('Cookie', session.cookie)
      .set('Accept', 'text/html');
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', PDF, 'report.pdf');
  };
  const loadCatalog = (
    session: WebSession,
    token: string | undefined,
    year: string,
    file: Buffer,
  ) =>
    t
      .http()
      .post(`/oit/catalogs${token === undefined ? '' : `?_csrf=${encodeURIComponent(token)}`}`)
      .set('Cookie', session.cookie)
      .set('Accept', 'text/html')
      .field('year', year)
      .attach('file', file, 'catalog.json');
  const ownCatalogs = async () =>
    (
      (await t.http().get('/api/oit/catalogs').set(bearer(tokens.oit))).body.catalogs as Array<{
        fiscalYear: number;
        source: string;
      }>
    ).filter((c) => c.source === 'office');
  const getPage = (session: WebSession, path: string) =>
    t.http().get(path).set('Cookie', session.cookie).set('Accept', 'text/html');

  it("answers an officer's post to each new form, and its pages, with the 403 page", async () => {
    for (const [path, fields] of Object.entries(FORMS)) {
      const res = await postForm(t, officer, path, fields);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.text).toContain('ไม่มีสิทธิ์เข้าถึง');
    }
    const catalog = await loadCatalog(officer, officer.csrf, '2566', CATALOG);
    expect(catalog.status).toBe(403);
    const file = await upload(officer, officer.csrf);
    expect(file.status).toBe(403);
    expect(file.text).toContain('ไม่มีสิทธิ์เข้าถึง');
    for (const path of [
      `/oit/evidence?year=${YEAR}`,
      `/oit/submit?year=${YEAR}`,
      '/oit/settings',
    ]) {
      expect((await getPage(officer, path)).status).toBe(403);
    }
    const after = await checklist();
    expect(after.submittedAt).toBeNull();
    expect(after.score.iit).toBeNull();
    const rules = await t.http().get('/api/oit/rules').set(bearer(tokens.oit));
    expect(rules.body.rules).toEqual([]);
    expect(await ownCatalogs()).toEqual([]);
  });

  it("refuses the coordinator's posts without the form token or with a wrong one", async () => {
    for (const [path, fields] of Object.entries(FORMS)) {
      for (const token of [undefined, `${coordinator.csrf.slice(0, -4)}AAAA`]) {
        const res = await t
          .http()
          .post(path)
          .set('Cookie', coordinator.cookie)
          .set('Accept', 'text/html')
          .type('form')
          .send(token === undefined ? fields : { ...fields, _csrf: token });
        expect({ path, token, status: res.status }).toEqual({ path, token, status: 403 });
        expect(res.text).toContain('แบบฟอร์มหมดอายุหรือไม่ถูกต้อง');
      }
    }
    expect((await upload(coordinator, undefined)).status).toBe(403);
    expect((await loadCatalog(coordinator, undefined, '2566', CATALOG)).status).toBe(403);
    expect((await upload(coordinator, 'not-the-token')).status).toBe(403);
    expect((await checklist()).submittedAt).toBeNull();
  });

  it('finds approved documents by words of their subject or number, never a secret one', async () => {
    const report = approvedDocument('รายงานผลการดำเนินงาน รอบ ๖ เดือน', '2022-04-05');
    const secret = approvedDocument('รายงานผลการดำเนินงาน รอบ ๖ เดือน (ลับ)', '2022-04-06', {
      secrecy: 'confidential',
    });
    await emitApproved(t, office, [report, secret]);
    const search = (q: string) =>
      getPage(coordinator, `/oit/evidence?year=${YEAR}&code=O11&q=${encodeURIComponent(q)}`);

    const found = await search('ผลการดำเนินงาน 6');
    expect(found.status).toBe(200);
    expect(found.text).toContain(`name="documentId" value="${report.documentId}"`);
    expect(found.text).not.toContain(`value="${secret.documentId}"`);
    expect(found.text).not.toContain('(ลับ)');
    const byNumber = await search(String(report.documentId));
    expect(byNumber.text).toContain(`name="documentId" value="${report.documentId}"`);
    const none = await search('ไม่มีเรื่องนี้แน่นอน');
    expect(none.text).toContain('ไม่พบหนังสือที่อนุมัติแล้ว');
    expect((await getPage(officer, `/oit/evidence?year=${YEAR}&q=x`)).status).toBe(403);

    const link = {
      year: YEAR,
      code: 'O11',
      documentType: 'memo',
      documentId: `${report.documentId}`,
    };
    expect((await postForm(t, coordinator, '/oit/evidence/document', link)).status).toBe(303);
    const body = (await t.http().get(`/api/oit/${YEAR}/checklist`).set(bearer(tokens.oit))).body;
    expect(itemOf(body, 'O11').evidence).toContainEqual(
      expect.objectContaining({ title: report.subject, status: 'confirmed' }),
    );
  });

  it('lets the coordinator add evidence three ways, enter the survey and submit once', async () => {
    expect((await getPage(coordinator, `/oit/evidence?year=${YEAR}&code=O23`)).text).toContain(
      'เดือนที่ยังขาด',
    );
    const file = await upload(coordinator, coordinator.csrf);
    expect(file.status).toBe(303);
    expect(file.headers.location).toBe(`/oit?year=${YEAR}&done=evidence#item-O23`);
    expect(
      (await postForm(t, coordinator, '/oit/evidence/web', FORMS['/oit/evidence/web'])).status,
    ).toBe(303);
    const doc = { ...FORMS['/oit/evidence/document'], documentId: String(memoId) };
    expect((await postForm(t, coordinator, '/oit/evidence/document', doc)).status).toBe(303);
    const unknown = await upload(coordinator, coordinator.csrf, { ...FILE_FIELDS, code: 'O999' });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('ไม่มีข้อ OIT นี้');
    expect(
      (await postForm(t, coordinator, '/oit/survey', { ...FORMS['/oit/survey'], iit: '31' }))
        .status,
    ).toBe(400);
    expect((await postForm(t, coordinator, '/oit/survey', FORMS['/oit/survey'])).status).toBe(303);

    const body = (await t.http().get(`/api/oit/${YEAR}/checklist`).set(bearer(tokens.oit))).body;
    const titles = (code: string) =>
      itemOf(body, code).evidence.map((e: { title: string; status: string }) => [
        e.title,
        e.status,
      ]);
    expect(titles('O23')).toEqual([[FILE_FIELDS.title, 'confirmed']]);
    expect(titles('O8')).toEqual([['ช่องทางถาม-ตอบ (Q&A)', 'confirmed']]);
    expect(titles('O10')).toContainEqual([ANNUAL_PLAN, 'confirmed']);
    expect(body.score).toEqual(expect.objectContaining({ iit: 27.5, eit: 26 }));

    const confirm = await getPage(coordinator, `/oit/submit?year=${YEAR}`);
    expect(confirm.text).toContain('เมื่อส่งแล้วจะแก้ไขไม่ได้');
    const unconfirmed = await postForm(t, coordinator, '/oit/submit', { year: YEAR });
    expect(unconfirmed.status).toBe(400);
    expect((await checklist()).submittedAt).toBeNull();
    expect((await postForm(t, coordinator, '/oit/submit', FORMS['/oit/submit'])).status).toBe(303);
    expect((await checklist()).submittedAt).not.toBeNull();
    const again = await postForm(t, coordinator, '/oit/submit', FORMS['/oit/submit']);
    expect(again.status).toBe(409);
    expect(again.text).toContain('ส่งข้อมูล OIT ของปีงบประมาณนี้แล้ว');
    expect((await postForm(t, coordinator, '/oit/survey', FORMS['/oit/survey'])).status).toBe(409);
  });

  it("lets the coordinator add and delete a rule and set an item's responsible group", async () => {
    const page = await getPage(coordinator, '/oit/settings');
    expect(page.status).toBe(200);
    expect(page.text).toContain('เงื่อนไขการจับคู่');
    const bad = await postForm(t, coordinator, '/oit/rules', {
      code: 'O23',
      kind: 'regex',
      pattern: '(',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('เงื่อนไขการจับคู่ไม่ถูกต้อง');
    expect((await postForm(t, coordinator, '/oit/rules', FORMS['/oit/rules'])).status).toBe(303);
    const rules = (await t.http().get('/api/oit/rules').set(bearer(tokens.oit))).body.rules;
    expect(rules).toEqual([expect.objectContaining({ code: 'O23', kind: 'any', pattern: 'สขร' })]);
    expect((await getPage(coordinator, '/oit/settings')).text).toContain('สขร');
    const removed = await postForm(t, coordinator, `/oit/rules/${rules[0].id}/delete`, {});
    expect(removed.status).toBe(303);
    expect((await postForm(t, coordinator, `/oit/rules/${rules[0].id}/delete`, {})).status).toBe(
      404,
    );

    const groupId = String(office.groupIds.g1);
    const assign = { code: 'O23', groupId };
    expect((await postForm(t, coordinator, '/oit/assignments', assign)).status).toBe(303);
    const assignments = async () =>
      (await t.http().get('/api/oit/assignments').set(bearer(tokens.oit))).body.assignments;
    expect(await assignments()).toEqual([
      expect.objectContaining({ code: 'O23', groupId: Number(groupId) }),
    ]);
    expect(
      (await postForm(t, coordinator, '/oit/assignments', { code: 'O23', groupId: '' })).status,
    ).toBe(303);
    expect(await assignments()).toEqual([]);
  });

  it("loads another year's catalog from its file, refusing a broken file and a submitted year", async () => {
    expect((await getPage(coordinator, '/oit/catalogs')).status).toBe(200);
    const broken = await loadCatalog(
      coordinator,
      coordinator.csrf,
      '2566',
      Buffer.from('[{"code":'),
    );
    expect(broken.status).toBe(400);
    expect(broken.text).toContain('รายการตัวชี้วัด OIT ไม่ถูกต้อง');
    const wrong = await loadCatalog(
      coordinator,
      coordinator.csrf,
      '2566',
      Buffer.from('[{"code":"X"}]'),
    );
    expect(wrong.status).toBe(400);
    expect(await ownCatalogs()).toEqual([]);
    const loaded = await loadCatalog(coordinator, coordinator.csrf, '2566', CATALOG);
    expect(loaded.status).toBe(303);
    expect(loaded.headers.location).toBe('/oit?year=2566&done=catalog');
    expect(await ownCatalogs()).toEqual([expect.objectContaining({ fiscalYear: 2566 })]);
    // 2565 was submitted above: its list is frozen too.
    expect((await loadCatalog(coordinator, coordinator.csrf, YEAR, CATALOG)).status).toBe(409);
  });
});
