import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approvedDocument, bearer, emitApproved, itemOf } from '../fixtures/oit-e2e';

describe('OIT public page, exports and submission', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const hostile = 'รายงาน <script>alert("x")</script> & "คำพูด"';

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'oit']);
    const web = await t
      .http()
      .post('/api/oit/evidence/web')
      .set(bearer(tokens.oit))
      .send({ title: hostile, url: 'https://www.example.go.th/q?a=1&b="2"', date: '2022-01-05' })
      .expect(201);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O8', evidenceId: web.body.id })
      .expect(201);
    // A proposal stays internal until confirmed.
    await emitApproved(t, office, [
      approvedDocument('รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน', '2022-03-01'),
    ]);
  });
  afterAll(() => t.close());

  const page = () => t.http().get(`/oit/${office.prefix}/2565`);

  it('serves a public HTML page without sign-in, escaping everything, under the strict CSP', async () => {
    const res = await page().expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    const html = res.text;
    expect(html).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(html).toContain(
      'รายงาน &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;คำพูด&quot;',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<style|style=/);
    expect(html).toContain('href="https://www.example.go.th/q?a&#x3D;1&amp;b&#x3D;&quot;2&quot;"');
    for (const code of ['O1', 'O23', 'O43']) expect(html).toContain(`<th scope="row">${code}</th>`);
    expect(html).not.toContain('รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต');
    const css = await t.http().get('/oit-assets/oit.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(html).toContain('href="/oit-assets/oit.css"');
  });

  it('exports item → URL as JSON and CSV', async () => {
    const json = await t.http().get(`/oit/${office.prefix}/2565/export.json`).expect(200);
    expect(json.body.items).toHaveLength(43);
    expect(json.body.items.find((i: { code: string }) => i.code === 'O8')).toMatchObject({
      status: 'complete',
      urls: ['https://www.example.go.th/q?a=1&b="2"'],
    });
    const csv = await t
      .http()
      .get(`/oit/${office.prefix}/2565/export.csv`)
      .buffer(true)
      .parse((res, cb) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => cb(null, data));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const text = csv.body as string;
    expect(text.startsWith('\uFEFFcode,name,status,title,url,date')).toBe(true);
    expect(text).toContain(
      'O8,Q&A,complete,"รายงาน <script>alert(""x"")</script> & ""คำพูด""","https://www.example.go.th/q?a=1&b=""2""",2022-01-05',
    );
  });

  it('answers 404 for an unknown office and 400 for a malformed year', async () => {
    await t.http().get('/oit/no-such-office/2565').expect(404);
    await t.http().get(`/oit/${office.prefix}/abc`).expect(400);
    await t.http().get(`/oit/${office.prefix}/2560`).expect(404);
  });

  it('freezes a snapshot on submission that later edits cannot change', async () => {
    await t.http().post('/api/oit/2565/submit').set(bearer(tokens.officer)).expect(403);
    const res = await t.http().post('/api/oit/2565/submit').set(bearer(tokens.oit)).expect(201);
    expect(res.body).toMatchObject({ fiscalYear: 2565, items: 43, withEvidence: 1 });
    expect(res.body.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.publicUrl).toContain(`/oit/${office.prefix}/2565`);

    // Later: a new confirmed link and a rejection of the submitted one.
    const web = await t
      .http()
      .post('/api/oit/evidence/web')
      .set(bearer(tokens.oit))
      .send({ title: 'เพจ Facebook ของสำนักงาน', url: 'https://facebook.example/office' })
      .expect(201);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O9', evidenceId: web.body.id })
      .expect(201);
    const checklist = await t
      .http()
      .get('/api/oit/2565/checklist')
      .set(bearer(tokens.oit))
      .expect(200);
    expect(itemOf(checklist.body, 'O9').status).toBe('complete');
    expect(checklist.body.submittedAt).toBeTruthy();
    await t
      .http()
      .post(`/api/oit/links/${itemOf(checklist.body, 'O8').evidence[0].linkId}/reject`)
      .set(bearer(tokens.oit))
      .send({})
      .expect(200);

    const html = (await page().expect(200)).text;
    expect(html).toContain('ส่งข้อมูลเพื่อการประเมินเมื่อ');
    expect(html).toContain('https://www.example.go.th/q?a&#x3D;1');
    expect(html).not.toContain('facebook.example');
    const json = await t.http().get(`/oit/${office.prefix}/2565/export.json`).expect(200);
    expect(json.body.submittedAt).toBeTruthy();
    expect(json.body.items.find((i: { code: string }) => i.code === 'O9').urls).toEqual([]);

    const again = await t.http().post('/api/oit/2565/submit').set(bearer(tokens.oit)).expect(409);
    expect(again.body.code).toBe('OIT_ALREADY_SUBMITTED');
    await t
      .http()
      .put('/api/oit/2565/survey')
      .set(bearer(tokens.oit))
      .send({ iit: 25 })
      .expect(409);
    // Another year is still open.
    await t
      .http()
      .put('/api/oit/2566/survey')
      .set(bearer(tokens.oit))
      .send({ iit: 25 })
      .expect(200);
  });

  it('lets exactly one of two simultaneous submissions win', async () => {
    const results = await Promise.all(
      [0, 1].map(() => t.http().post('/api/oit/2567/submit').set(bearer(tokens.oit))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});
