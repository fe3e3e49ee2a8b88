import { OitLinkQuery } from '../../src/oit/oit-link.query';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approvedDocument, bearer, emitApproved, itemOf } from '../fixtures/oit-e2e';

const SIX_MONTH_REPORT = 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

jest.setTimeout(60_000);

describe('OIT links, evidence and the checklist', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let theirs: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'oit', 'director']);
    theirs = await loginAll(t, other, ['oit']);
  });
  afterAll(() => t.close());

  const checklist = async (token: string, fy = 2565) =>
    (await t.http().get(`/api/oit/${fy}/checklist`).set(bearer(token)).expect(200)).body;

  it('proposes O40 for a six-month anti-corruption report approved in Oct–Mar of FY 2565', async () => {
    const doc = approvedDocument(SIX_MONTH_REPORT, '2022-03-15');
    await emitApproved(t, office, [doc]);

    const links = await t.app
      .get(OitLinkQuery)
      .linksForDocument(office.orgId, 'memo', doc.documentId);
    expect(links[0]).toMatchObject({ code: 'O40', fiscalYear: 2565, status: 'proposed' });
    expect(links[0].score).toBeGreaterThan(0.5);
    expect(links[0].score).toBeLessThan(0.9);

    const body = await checklist(tokens.officer);
    const o40 = itemOf(body, 'O40');
    expect(o40.status).toBe('proposed');
    expect(o40.evidence).toEqual([
      expect.objectContaining({
        status: 'proposed',
        title: SIX_MONTH_REPORT,
        url: expect.stringMatching(new RegExp(`${doc.publicPdfUrl}$`)),
      }),
    ]);
    expect(body.catalogYear).toBe(2565);
    expect(body.summary.proposed).toBeGreaterThanOrEqual(1);

    // Confirming makes it complete: the document is dated inside the October–March window.
    await t
      .http()
      .post(`/api/oit/links/${o40.evidence[0].linkId}/confirm`)
      .set(bearer(tokens.oit))
      .send({})
      .expect(200)
      .expect((res) => {
        expect(res.body).toMatchObject({
          status: 'confirmed',
          decidedByUserId: office.userIds.oit,
        });
        expect(res.body.decidedAt).toBeTruthy();
      });
    const after = itemOf(await checklist(tokens.officer), 'O40');
    expect(after.status).toBe('complete');
    expect(after.period.satisfied).toBe(true);
    expect((await checklist(tokens.officer)).score.subindicators['10.1']).toBe(12.5);
  });

  it('marks a confirmed six-month report dated after March as partial', async () => {
    const doc = approvedDocument(
      'รายงานสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รอบ ๖ เดือน',
      '2022-05-02',
    );
    await emitApproved(t, office, [doc]);
    const [link] = await t.app
      .get(OitLinkQuery)
      .linksForDocument(office.orgId, 'memo', doc.documentId);
    expect(link.code).toBe('O31');
    const body = await checklist(tokens.oit);
    await t
      .http()
      .post(`/api/oit/links/${itemOf(body, 'O31').evidence[0].linkId}/confirm`)
      .set(bearer(tokens.oit))
      .send({})
      .expect(200);
    expect(itemOf(await checklist(tokens.oit), 'O31').status).toBe('partial');
  });

  it('keeps a document that evidences nothing, without proposals', async () => {
    const doc = approvedDocument('ขออนุมัติเดินทางไปราชการ ณ กรุงเทพมหานคร', '2022-01-10');
    await emitApproved(t, office, [doc]);
    expect(
      await t.app.get(OitLinkQuery).linksForDocument(office.orgId, 'memo', doc.documentId),
    ).toEqual([]);
    // The coordinator can still link it by hand, by document.
    const res = await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O7', documentType: 'memo', documentId: doc.documentId })
      .expect(201);
    expect(res.body).toMatchObject({ code: 'O7', status: 'confirmed', source: 'manual', score: 1 });
    expect(itemOf(await checklist(tokens.oit), 'O7').status).toBe('complete');
  });

  it('rejects a proposal, which then no longer counts or shows', async () => {
    const doc = approvedDocument('แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕', '2021-11-01');
    await emitApproved(t, office, [doc]);
    const link = itemOf(await checklist(tokens.oit), 'O18').evidence[0];
    const res = await t
      .http()
      .post(`/api/oit/links/${link.linkId}/reject`)
      .set(bearer(tokens.oit))
      .send({ note: 'ฉบับร่าง ไม่ใช่ฉบับที่อนุมัติ' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', note: 'ฉบับร่าง ไม่ใช่ฉบับที่อนุมัติ' });
    expect(itemOf(await checklist(tokens.oit), 'O18').status).toBe('missing');
    const rejected = await t
      .http()
      .get('/api/oit/2565/links')
      .query({ status: 'rejected' })
      .set(bearer(tokens.officer))
      .expect(200);
    expect(rejected.body.links.map((l: { id: number }) => l.id)).toContain(link.linkId);
  });

  it('registers web links and files as evidence and links them by hand', async () => {
    const web = await t
      .http()
      .post('/api/oit/evidence/web')
      .set(bearer(tokens.oit))
      .send({
        title: 'ช่องทางถาม-ตอบ (Q&A)',
        url: 'https://www.example.go.th/qa',
        date: '2022-01-05',
      })
      .expect(201);
    expect(web.body).toMatchObject({ kind: 'web', url: 'https://www.example.go.th/qa' });
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O8', evidenceId: web.body.id })
      .expect(201);

    const file = await t
      .http()
      .post('/api/oit/evidence/files')
      .set(bearer(tokens.oit))
      .field('title', 'แผนผังโครงสร้างสำนักงาน')
      .field('date', '2021-12-01')
      .attach('file', PDF, { filename: 'โครงสร้าง.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(file.body).toMatchObject({
      kind: 'file',
      fileName: 'โครงสร้าง.pdf',
      contentType: 'application/pdf',
    });
    expect(file.body.url).toMatch(/\/oit-files\/[0-9a-f]{64}$/);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O1', evidenceId: file.body.id })
      .expect(201);

    const body = await checklist(tokens.officer);
    expect(itemOf(body, 'O8').status).toBe('complete');
    expect(itemOf(body, 'O1').evidence[0].url).toBe(file.body.url);

    const served = await t.http().get(new URL(file.body.url).pathname).expect(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(Buffer.compare(served.body as Buffer, PDF)).toBe(0);
    const shown = await t
      .http()
      .get(`/api/oit/evidence/${file.body.id}`)
      .set(bearer(tokens.officer))
      .expect(200);
    expect(shown.body.links).toEqual([
      expect.objectContaining({ code: 'O1', status: 'confirmed' }),
    ]);
  });

  it('refuses files it does not publish, a missing file, and a javascript: link', async () => {
    const html = await t
      .http()
      .post('/api/oit/evidence/files')
      .set(bearer(tokens.oit))
      .field('title', 'หน้าเว็บ')
      .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), 'page.html')
      .expect(415);
    expect(html.body.code).toBe('OIT_FILE_TYPE_REFUSED');
    const none = await t
      .http()
      .post('/api/oit/evidence/files')
      .set(bearer(tokens.oit))
      .field('title', 'ไม่มีไฟล์')
      .expect(400);
    expect(none.body.code).toBe('OIT_FILE_MISSING');
    await t
      .http()
      .post('/api/oit/evidence/web')
      .set(bearer(tokens.oit))
      .send({ title: 'x', url: 'javascript:alert(1)' })
      .expect(400);
    // Blobs that are not registered evidence are never served.
    await t
      .http()
      .get(`/oit-files/${'b'.repeat(64)}`)
      .expect(404);
    await t.http().get('/oit-files/not-a-hash').expect(404);
  });

  it('answers 400 for a manual link to an unknown item or with a malformed body', async () => {
    const web = await t
      .http()
      .post('/api/oit/evidence/web')
      .set(bearer(tokens.oit))
      .send({ title: 'ลิงก์', url: 'https://www.example.go.th/' })
      .expect(201);
    const unknown = await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O99', evidenceId: web.body.id })
      .expect(400);
    expect(unknown.body.code).toBe('OIT_UNKNOWN_ITEM');
    for (const body of [
      { code: 'O1' },
      { code: 'O1', documentType: 'telegram', documentId: 1 },
      { code: 'Z1', evidenceId: web.body.id },
    ]) {
      await t.http().post('/api/oit/2565/links').set(bearer(tokens.oit)).send(body).expect(400);
    }
    await t.http().get('/api/oit/25x5/checklist').set(bearer(tokens.oit)).expect(400);
  });

  it('lets only the coordinator decide, link and register (403 for other roles)', async () => {
    const doc = approvedDocument('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', '2021-10-20');
    await emitApproved(t, office, [doc]);
    const link = itemOf(await checklist(tokens.officer), 'O39').evidence[0];
    for (const token of [tokens.officer, tokens.director]) {
      const res = await t
        .http()
        .post(`/api/oit/links/${link.linkId}/confirm`)
        .set(bearer(token))
        .send({})
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await t
        .http()
        .post(`/api/oit/links/${link.linkId}/reject`)
        .set(bearer(token))
        .send({})
        .expect(403);
      await t
        .http()
        .post('/api/oit/2565/links')
        .set(bearer(token))
        .send({ code: 'O39', documentType: 'memo', documentId: doc.documentId })
        .expect(403);
      await t
        .http()
        .post('/api/oit/evidence/web')
        .set(bearer(token))
        .send({ title: 'x', url: 'https://x.example/' })
        .expect(403);
    }
  });

  it('isolates offices: 404 for another office’s links, evidence and documents', async () => {
    const doc = approvedDocument(SIX_MONTH_REPORT, '2022-02-01');
    await emitApproved(t, office, [doc]);
    const mine = await t.http().get('/api/oit/2565/links').set(bearer(tokens.oit)).expect(200);
    const aLink = mine.body.links[0];
    await t
      .http()
      .post(`/api/oit/links/${aLink.id}/confirm`)
      .set(bearer(theirs.oit))
      .send({})
      .expect(404);
    await t
      .http()
      .post(`/api/oit/links/${aLink.id}/reject`)
      .set(bearer(theirs.oit))
      .send({})
      .expect(404);
    await t
      .http()
      .get(`/api/oit/evidence/${aLink.evidence.id}`)
      .set(bearer(theirs.oit))
      .expect(404);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(theirs.oit))
      .send({ code: 'O40', evidenceId: aLink.evidence.id })
      .expect(404);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(theirs.oit))
      .send({ code: 'O40', documentType: 'memo', documentId: doc.documentId })
      .expect(404);
    const theirList = await checklist(theirs.oit);
    expect(theirList.items.every((i: { evidence: unknown[] }) => i.evidence.length === 0)).toBe(
      true,
    );
    expect(
      await t.app.get(OitLinkQuery).linksForDocument(other.orgId, 'memo', doc.documentId),
    ).toEqual([]);
    // Their suggestions do not learn from my confirmed links.
    const theirLinks = await t
      .http()
      .get('/api/oit/2565/links')
      .set(bearer(theirs.oit))
      .expect(200);
    expect(theirLinks.body.links).toEqual([]);
  });

  it('records announcements and orders of one approval separately, in their fiscal years', async () => {
    const memo = approvedDocument('ขอลงนามในประกาศเจตจำนงสุจริตในการบริหารงาน', '2022-09-30');
    const announcement = approvedDocument(
      'ประกาศเจตจำนงสุจริตในการบริหารงานของผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      '2022-10-01',
      {
        documentType: 'announcement',
      },
    );
    await emitApproved(t, office, [memo, announcement]);
    const links = await t.app
      .get(OitLinkQuery)
      .linksForDocument(office.orgId, 'announcement', announcement.documentId);
    expect(links[0]).toMatchObject({ code: 'O34', fiscalYear: 2566 });
    // The same event again (a retry) adds nothing.
    await emitApproved(t, office, [memo, announcement]);
    expect(
      await t.app
        .get(OitLinkQuery)
        .linksForDocument(office.orgId, 'announcement', announcement.documentId),
    ).toEqual(links);
  });

  it('learns from the office’s confirmed links, and only its own', async () => {
    const suggest = (token: string) =>
      t
        .http()
        .post('/api/oit/suggest')
        .set(bearer(token))
        .send({ fiscalYear: 2565, subject: 'บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๒' })
        .expect(200);
    const before = await suggest(tokens.oit);
    expect(before.body.suggestions[0]?.code).not.toBe('O38');
    const doc = approvedDocument('บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๑', '2022-02-10');
    await emitApproved(t, office, [doc]);
    await t
      .http()
      .post('/api/oit/2565/links')
      .set(bearer(tokens.oit))
      .send({ code: 'O38', documentType: 'memo', documentId: doc.documentId })
      .expect(201);
    expect((await suggest(tokens.oit)).body.suggestions[0].code).toBe('O38');
    expect((await suggest(theirs.oit)).body.suggestions[0]?.code).not.toBe('O38');
  });
});
