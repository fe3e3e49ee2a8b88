// Issue 15: for report items the attachment is the evidence. A memo confirmed for an item is
// published with each of its attachments, at URLs under the office and year that serve exactly
// the uploaded bytes; never before confirmation, never for secret memos or another office.
import { settledMemo } from '../support/outbox';
import { restoreAutoConfirm } from '../support/no-auto-confirm';
import { createHash } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, memoBody, MemoJson } from '../support/memos';
import { tinyPdf } from '../support/tiny-pdf';
import { fiscalYear } from '../../src/common/thai/thai-format';

jest.setTimeout(180_000);

const SUBJECT = 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน';
const PARAGRAPHS = ['ตามแผนปฏิบัติการป้องกันการทุจริต ได้ดำเนินการกำกับติดตามรอบ ๖ เดือน รายละเอียดดังแนบ'];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const REPORT = tinyPdf('Six-month anti-corruption report');
const SECRET_REPORT = tinyPdf('Confidential complaint findings');
const OTHER_REPORT = tinyPdf('Another office report');

interface ExportItem {
  code: string;
  urls: string[];
  evidence: Array<{ title: string; url: string | null; attachments?: Array<{ url: string }> }>;
}

describe('OIT: memo attachments published with the memo', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let otherTokens: Record<string, string>;
  const fy = fiscalYear(new Date());
  const people = ['officer', 'head', 'deputy', 'director', 'oit'];

  /** Drafts with one attachment, submits and approves up the chain to the director. */
  async function approvedWith(
    who: Record<string, string>,
    file: { bytes: Buffer; name: string },
    over: Record<string, unknown> = {},
  ): Promise<MemoJson> {
    const body = memoBody({ subject: SUBJECT, paragraphs: PARAGRAPHS, ...over });
    const draft = await t.http().post('/api/memos').set(bearer(who.officer)).send(body).expect(201);
    await t
      .http()
      .post(`/api/memos/${draft.body.id}/attachments`)
      .set(bearer(who.officer))
      .attach('file', file.bytes, { filename: file.name, contentType: 'application/pdf' })
      .expect(201);
    let memo = (
      await t
        .http()
        .post(`/api/memos/${draft.body.id}/submit`)
        .set(bearer(who.officer))
        .send({})
        .expect(200)
    ).body as MemoJson;
    for (const step of ['head', 'deputy', 'director'])
      memo = (await approve(t, who[step], memo).expect(200)).body as MemoJson;
    expect(memo.status).toBe('approved');
    return settledMemo(t, who.officer, memo);
  }

  const linkO40 = (who: string, memoId: number, extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post(`/api/oit/${fy}/links`)
      .set(bearer(who))
      .send({ code: 'O40', documentType: 'memo', documentId: memoId, ...extra })
      .expect(201);
  const attachmentPath = (o: TestOffice, hash: string) =>
    `/oit/${o.prefix}/${fy}/attachments/${hash}`;
  const exportOf = async (o: TestOffice) =>
    (await t.http().get(`/oit/${o.prefix}/${fy}/export.json`).expect(200)).body as {
      items: ExportItem[];
    };
  const o40 = async (o: TestOffice) => (await exportOf(o)).items.find((i) => i.code === 'O40')!;
  const csvOf = async (o: TestOffice) =>
    (await t.http().get(`/oit/${o.prefix}/${fy}/export.csv`).expect(200)).text;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, people);
    otherTokens = await loginAll(t, other, people);
  });
  afterAll(async () => {
    restoreAutoConfirm();
    await t?.close();
  });

  let report: MemoJson;
  let memoUrl: string;
  let reportLinkId: number;

  it('keeps the attachment unpublished while the memo is only proposed', async () => {
    report = await approvedWith(tokens, { bytes: REPORT, name: 'report.pdf' });
    const links = report.oitLinks as Array<{ code: string; status: string }>;
    expect(links).toContainEqual(expect.objectContaining({ code: 'O40', status: 'proposed' }));
    expect(links.every((l) => l.status === 'proposed')).toBe(true);
    await t
      .http()
      .get(attachmentPath(office, sha256(REPORT)))
      .expect(404);
    expect(JSON.stringify(await exportOf(office))).not.toContain(sha256(REPORT));
  });

  it('once confirmed as O40, lists the sealed memo and report.pdf in the page and both exports', async () => {
    const linked = await linkO40(tokens.oit, report.id);
    expect(linked.body).toMatchObject({ code: 'O40', status: 'confirmed' });
    reportLinkId = linked.body.id as number;
    memoUrl = linked.body.evidence.url as string;
    expect(memoUrl).toMatch(/\/verify\/[^/]+\/pdf$/);
    const attachmentUrl = expect.stringMatching(
      new RegExp(`${attachmentPath(office, sha256(REPORT))}$`),
    );
    const item = await o40(office);
    expect(item.urls).toEqual([memoUrl, attachmentUrl]);
    expect(item.evidence).toEqual([
      expect.objectContaining({
        title: SUBJECT,
        url: memoUrl,
        attachments: [
          expect.objectContaining({
            fileName: 'report.pdf',
            contentType: 'application/pdf',
            size: REPORT.length,
            sha256: sha256(REPORT),
            url: attachmentUrl,
          }),
        ],
      }),
    ]);
    const csv = await csvOf(office);
    expect(csv).toContain(`O40,`);
    expect(csv).toMatch(new RegExp(`${SUBJECT},${memoUrl},\\d{4}-\\d{2}-\\d{2}\\r\\n`));
    expect(csv).toMatch(
      new RegExp(`สิ่งที่แนบ: report\\.pdf,http[^,]*${attachmentPath(office, sha256(REPORT))},`),
    );
    const page = await t.http().get(`/oit/${office.prefix}/${fy}`).expect(200);
    expect(page.text).toMatch(
      new RegExp(`<a href="[^"]*${attachmentPath(office, sha256(REPORT))}"[^>]*>report\\.pdf</a>`),
    );
  });

  it('serves exactly the uploaded bytes without a token, as the file route does', async () => {
    const url = new URL((await o40(office)).evidence[0].attachments![0].url);
    const res = await t.http().get(url.pathname).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
    expect(sha256(res.body as Buffer)).toBe(sha256(REPORT));
    const memo = await t.http().get(new URL(memoUrl).pathname).expect(200);
    expect(memo.headers['content-type']).toBe('application/pdf');
  });

  it('never publishes a secret memo with the same subject, nor its attachment', async () => {
    const secret = await approvedWith(
      tokens,
      { bytes: SECRET_REPORT, name: 'secret-report.pdf' },
      { secrecy: 'confidential' },
    );
    const linked = await linkO40(tokens.oit, secret.id, { allowSecret: true });
    expect(linked.body.status).toBe('confirmed');
    await t
      .http()
      .get(attachmentPath(office, sha256(SECRET_REPORT)))
      .expect(404);
    const item = await o40(office);
    expect(item.evidence.map((e) => e.title).sort()).toEqual([SUBJECT, 'หนังสือลับ'].sort());
    expect(item.evidence.find((e) => e.title === 'หนังสือลับ')).toMatchObject({
      url: null,
      attachments: [],
    });
    expect(item.urls).toHaveLength(2);
    for (const text of [JSON.stringify(await exportOf(office)), await csvOf(office)]) {
      expect(text).not.toContain(sha256(SECRET_REPORT));
      expect(text).not.toContain('secret-report');
      expect(text.split(SUBJECT)).toHaveLength(2);
    }
  });

  it("answers 404 for another office's attachment on this office's URL", async () => {
    const theirs = await approvedWith(otherTokens, { bytes: OTHER_REPORT, name: 'report.pdf' });
    const linked = await linkO40(otherTokens.oit, theirs.id);
    const res = await t
      .http()
      .get(attachmentPath(other, sha256(OTHER_REPORT)))
      .expect(200);
    expect(sha256(res.body as Buffer)).toBe(sha256(OTHER_REPORT));
    await t
      .http()
      .get(attachmentPath(office, sha256(OTHER_REPORT)))
      .expect(404);
    await t
      .http()
      .get(attachmentPath(other, sha256(REPORT)))
      .expect(404);
    await t
      .http()
      .get(`/oit-files/${sha256(REPORT)}`)
      .expect(404);
    // Rejected: no longer published.
    await t
      .http()
      .post(`/api/oit/links/${linked.body.id}/reject`)
      .set(bearer(otherTokens.oit))
      .send({})
      .expect(200);
    await t
      .http()
      .get(attachmentPath(other, sha256(OTHER_REPORT)))
      .expect(404);
  });

  it('freezes the attachments with the submitted year', async () => {
    const before = await o40(office);
    await t.http().post(`/api/oit/${fy}/submit`).set(bearer(tokens.oit)).expect(201);
    await t
      .http()
      .post(`/api/oit/links/${reportLinkId}/reject`)
      .set(bearer(tokens.oit))
      .send({})
      .expect(200);
    expect(await o40(office)).toEqual(before);
    const res = await t
      .http()
      .get(attachmentPath(office, sha256(REPORT)))
      .expect(200);
    expect(sha256(res.body as Buffer)).toBe(sha256(REPORT));
  });
});
