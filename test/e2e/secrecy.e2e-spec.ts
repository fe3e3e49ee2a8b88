// Secret (ลับ) documents after approval: OIT, /verify, registers (JSON and CSV) and the audit
// trail show them to people off their path only as หนังสือลับ with a number and a date.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { buddhistYear, fiscalYear } from '../../src/common/thai/thai-format';

jest.setTimeout(180_000);

const SUBJECT = 'รายงานผลการสอบข้อเท็จจริงกรณีร้องเรียนเจ้าหน้าที่การเงิน';
const ORDER_SUBJECT = 'แต่งตั้งคณะกรรมการสอบสวนวินัยเจ้าหน้าที่การเงิน';
const NOTE = 'อนุมัติ ให้ดำเนินการสอบสวนโดยไม่เปิดเผย';

interface SealView {
  verifyCode: string;
  sha256: string | null;
}

describe('secret documents stay secret after approval', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let memo: MemoJson;
  let memoSeal: SealView;
  let orderId: number;
  const year = buddhistYear(new Date());
  const fy = fiscalYear(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, [
      'officer2',
      'head2',
      'deputy',
      'deputy2',
      'director',
      'registrar',
      'admin',
      'oit',
      'peer',
    ]);
    // A coordinator rule that would auto-confirm the subject if secrecy were ignored.
    await t
      .http()
      .post('/api/oit/rules')
      .set(bearer(tokens.oit))
      .send({ code: 'O40', kind: 'any', pattern: 'ร้องเรียน' })
      .expect(201);
    // officer2 → head2 → deputy2 → director; registrar, admin, deputy and oit are off the path.
    memo = await draftAndSubmit(t, tokens.officer2, {
      subject: SUBJECT,
      secrecy: 'confidential',
      readerUserIds: [office.userIds.peer],
      issuance: { kind: 'order', subject: ORDER_SUBJECT, paragraphs: ['ทั้งนี้ ตั้งแต่บัดนี้'] },
    });
    for (const who of ['head2', 'deputy2'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body;
    memo = (await approve(t, tokens.director, memo, NOTE).expect(200)).body;
    expect(memo.status).toBe('approved');
    memoSeal = memo.seal as SealView;
    orderId = (memo.issuance as { id: number }).id;
  });
  afterAll(() => t.close());

  const get = (path: string, who: string) =>
    t.http().get(path).set(bearer(tokens[who])).expect(200);

  describe('OIT', () => {
    it('never proposes or auto-confirms a secret document', async () => {
      const links = await get(`/api/oit/${fy}/links`, 'oit');
      expect(JSON.stringify(links.body)).not.toContain(SUBJECT);
      expect(memo.oitLinks).toEqual([]);
      const checklist = await get(`/api/oit/${fy}/checklist`, 'officer2');
      expect(JSON.stringify(checklist.body)).not.toContain(SUBJECT);
    });

    it('refuses a manual link without the override, in Thai and English', async () => {
      const res = await t
        .http()
        .post(`/api/oit/${fy}/links`)
        .set(bearer(tokens.oit))
        .send({ code: 'O40', documentType: 'memo', documentId: memo.id })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'OIT_SECRET_DOCUMENT' });
      expect(res.body.message).toMatch(/หนังสือลับ/);
      expect(res.body.message).toMatch(/secret/);
    });

    it('with the override publishes only that it exists, with its number and date', async () => {
      const linked = await t
        .http()
        .post(`/api/oit/${fy}/links`)
        .set(bearer(tokens.oit))
        .send({ code: 'O40', documentType: 'order', documentId: orderId, allowSecret: true })
        .expect(201);
      expect(linked.body.evidence).toMatchObject({ title: 'หนังสือลับ', url: null, sha256: null });
      expect(linked.body.evidence.number).toMatch(/^[๐-๙]+\/[๐-๙]+$/);
      const evidence = await get(`/api/oit/evidence/${linked.body.evidence.id}`, 'officer2');
      expect(JSON.stringify(evidence.body)).not.toContain(ORDER_SUBJECT);
      const pub = await t.http().get(`/oit/${office.prefix}/${fy}/export.json`).expect(200);
      const text = JSON.stringify(pub.body);
      expect(text).toContain('หนังสือลับ');
      expect(text).toContain(linked.body.evidence.number);
      expect(text).not.toContain(ORDER_SUBJECT);
      expect(text).not.toContain('/verify/');
      const page = await t.http().get(`/oit/${office.prefix}/${fy}`).expect(200);
      expect(page.text).not.toContain(ORDER_SUBJECT);
      const csv = await t.http().get(`/oit/${office.prefix}/${fy}/export.csv`).expect(200);
      expect(csv.text).not.toContain(ORDER_SUBJECT);
    });
  });

  describe('/verify', () => {
    it('says only genuine, number and date', async () => {
      const json = await t.http().get(`/api/verify/${memoSeal.verifyCode}`).expect(200);
      expect(json.body).toMatchObject({
        genuine: true,
        secret: true,
        number: memo.docNumber,
        subject: null,
        signer: null,
        sha256: null,
        pdfUrl: null,
      });
      const page = await t.http().get(`/verify/${memoSeal.verifyCode}`).expect(200);
      expect(page.text).toContain(memo.docNumber!);
      expect(page.text).not.toContain(SUBJECT);
      expect(page.text).not.toContain(memoSeal.sha256!);
    });

    it('gives its PDF only to a signed-in reader of the memo', async () => {
      const path = `/verify/${memoSeal.verifyCode}/pdf`;
      await t.http().get(path).expect(401);
      for (const who of ['registrar', 'admin', 'deputy', 'oit'])
        await t.http().get(path).set(bearer(tokens[who])).expect(404);
      for (const who of ['officer2', 'director', 'peer']) {
        const res = await t.http().get(path).set(bearer(tokens[who])).expect(200);
        expect(res.headers['content-type']).toBe('application/pdf');
      }
    });
  });

  describe('registers', () => {
    const rows = async (register: string, who: string) =>
      (await get(`/api/registers/${register}?year=${year}`, who)).body.items as Array<{
        subject: string;
        number: string;
      }>;

    it('show หนังสือลับ and the number to those who may not read it', async () => {
      for (const who of ['registrar', 'admin', 'deputy']) {
        const [entry] = await rows('outgoing', who);
        expect(entry).toMatchObject({ subject: 'หนังสือลับ', number: memo.docNumber });
        const [order] = await rows('order', who);
        expect(order.subject).toBe('หนังสือลับ');
        const csv = await get(`/api/registers/outgoing/${year}/csv`, who);
        expect(csv.text).not.toContain(SUBJECT);
        expect(csv.text).toContain('หนังสือลับ');
        const orderCsv = await get(`/api/registers/order/${year}/csv`, who);
        expect(orderCsv.text).not.toContain(ORDER_SUBJECT);
      }
    });

    it('show the subject to those on its path', async () => {
      const [entry] = await rows('outgoing', 'director');
      expect(entry.subject).toBe(SUBJECT);
      const [order] = await rows('order', 'director');
      expect(order.subject).toBe(ORDER_SUBJECT);
    });
  });

  describe('audit trail', () => {
    const trail = (who: string) => get('/api/audit?entityType=memo&pageSize=100', who);

    it('keeps subjects and notes of a secret memo from those who may not read it', async () => {
      for (const who of ['registrar', 'admin']) {
        const text = JSON.stringify((await trail(who)).body);
        expect(text).not.toContain(SUBJECT);
        expect(text).not.toContain(NOTE);
        expect(text).toContain('memo.approve');
      }
      const entries = JSON.stringify((await get('/api/audit?pageSize=100', 'admin')).body);
      expect(entries).not.toContain(SUBJECT);
      expect(entries).not.toContain(ORDER_SUBJECT);
    });

    it('shows them to an executive on its path', async () => {
      expect(JSON.stringify((await trail('director')).body)).toContain(NOTE);
    });

    it('never writes a secret subject into the trail', async () => {
      const rows = await t.ds.query('SELECT data FROM audit_event WHERE org_id = ?', [
        office.orgId,
      ]);
      expect(JSON.stringify(rows)).not.toContain(SUBJECT);
    });
  });
});
