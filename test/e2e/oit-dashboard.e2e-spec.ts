// Who sees the OIT dashboard (issue 14): every role reads it on both transports, so the whole
// office sees which items are covered; only the coordinator gets, and may use, the decisions.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { postForm, WebSession, webSignIn } from '../support/web-session';
import { approvedDocument, bearer, emitApproved, itemOf } from '../fixtures/oit-e2e';

jest.setTimeout(60_000);

const SIX_MONTH_REPORT = 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน';
const PEOPLE = ['officer', 'head', 'deputy', 'director', 'oit', 'registrar', 'admin'];

describe('the OIT dashboard, for the whole office', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let linkId: number;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, PEOPLE);
    await emitApproved(t, office, [approvedDocument(SIX_MONTH_REPORT, '2022-03-15')]);
    const body = (await checklist(tokens.oit)).body;
    linkId = itemOf(body, 'O40').evidence[0].linkId;
  });
  afterAll(() => t.close());

  const checklist = (token: string) => t.http().get('/api/oit/2565/checklist').set(bearer(token));
  const page = (session: WebSession) =>
    t.http().get('/oit?year=2565').set('Cookie', session.cookie).set('Accept', 'text/html');
  const decisionForms = (html: string) => html.match(/action="\/oit\/links\/\d+\/\w+"/g) ?? [];

  it('lets every role read the checklist over the API and open /oit from the menu', async () => {
    for (const key of PEOPLE) {
      const api = await checklist(tokens[key]);
      expect({ key, status: api.status }).toEqual({ key, status: 200 });
      const session = await webSignIn(t, office.username(key));
      const res = await page(session);
      expect({ key, status: res.status }).toEqual({ key, status: 200 });
      expect(res.text).toContain('class="item-grid"');
      expect(res.text).toMatch(/<nav class="main-nav"[\s\S]*href="\/oit"[\s\S]*<\/nav>/);
    }
  });

  it('shows the officer the proposal but no confirm or reject forms; the coordinator gets both', async () => {
    const officer = await page(await webSignIn(t, office.username('officer')));
    expect(officer.text).toContain(SIX_MONTH_REPORT);
    expect(decisionForms(officer.text)).toEqual([]);
    const coordinator = await page(await webSignIn(t, office.username('oit')));
    expect(decisionForms(coordinator.text)).toEqual([
      `action="/oit/links/${linkId}/confirm"`,
      `action="/oit/links/${linkId}/reject"`,
    ]);
  });

  it("refuses an officer's post to the confirm route with the 403 page, and nothing changes", async () => {
    const officer = await webSignIn(t, office.username('officer'));
    for (const decision of ['confirm', 'reject']) {
      const res = await postForm(t, officer, `/oit/links/${linkId}/${decision}`, { year: '2565' });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('ไม่มีสิทธิ์เข้าถึง');
    }
    const o40 = itemOf((await checklist(tokens.officer)).body, 'O40');
    expect(o40.evidence).toEqual([expect.objectContaining({ linkId, status: 'proposed' })]);
  });
});
