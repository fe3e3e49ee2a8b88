import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';
import { buddhistYear, thaiNumeral } from '../../src/common/thai/thai-format';

jest.setTimeout(120_000);

describe('registers, issuances and the audit trail', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const year = buddhistYear(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, [
      'officer',
      'head',
      'deputy',
      'director',
      'registrar',
      'officer2',
    ]);
  });
  afterAll(() => t.close());

  it('gives 50 memos approved in parallel 50 distinct, consecutive numbers', async () => {
    // The deputy's own memos go straight to the director: one approval each.
    const memos: MemoJson[] = [];
    for (let i = 0; i < 50; i++)
      memos.push(await draftAndSubmit(t, tokens.deputy, { subject: `เรื่องทดสอบเลขทะเบียน ${i}` }));
    const results = await Promise.all(memos.map((m) => approve(t, tokens.director, m)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    const numbers = results.map((r) => (r.body as MemoJson).docNumber!);
    expect(new Set(numbers).size).toBe(50);
    const expected = Array.from({ length: 50 }, (_, i) => `ศธ ๐๔๓๙๙/${thaiNumeral(i + 1)}`);
    expect([...numbers].sort()).toEqual([...expected].sort());

    const list = await t
      .http()
      .get('/api/registers/outgoing')
      .query({ year, pageSize: 100 })
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(list.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  it('keeps a cancelled number in the register, marked ยกเลิก, and never reissues it', async () => {
    await t
      .http()
      .post(`/api/registers/outgoing/${year}/3/cancel`)
      .set(bearer(tokens.registrar))
      .send({ reason: 'ออกเลขซ้ำซ้อน' })
      .expect(200);
    await t
      .http()
      .post(`/api/registers/outgoing/${year}/3/cancel`)
      .set(bearer(tokens.registrar))
      .send({ reason: 'x' })
      .expect(409);
    await t
      .http()
      .post(`/api/registers/outgoing/${year}/4/cancel`)
      .set(bearer(tokens.officer))
      .send({ reason: 'x' })
      .expect(403);
    let memo = await draftAndSubmit(t, tokens.deputy, { subject: 'หลังยกเลิกเลข' });
    memo = (await approve(t, tokens.director, memo).expect(200)).body;
    expect(memo.docNumber).toBe(`ศธ ๐๔๓๙๙/${thaiNumeral(51)}`);
    const csv = await t
      .http()
      .get(`/api/registers/outgoing/${year}/csv`)
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(52);
    expect(lines[3]).toContain('ยกเลิก');
    expect(lines[3]).toContain('ออกเลขซ้ำซ้อน');
  });

  it('issues an attached order with its own number, signed by the final approver', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, {
      subject: 'ขอเสนอคำสั่งแต่งตั้งคณะกรรมการขับเคลื่อนแผนปฏิบัติการป้องกันการทุจริต',
      paragraphs: ['ข้อเสนอ เห็นควรลงนามในคำสั่ง ฯ ดังแนบ'],
      issuance: {
        kind: 'order',
        subject: 'แต่งตั้งคณะกรรมการขับเคลื่อนแผนปฏิบัติการป้องกันการทุจริต',
        paragraphs: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
      },
    });
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body;
    const issuance = memo.issuance as {
      status: string;
      number: string;
      signer: { username: string };
      seal: { sha256: string };
    };
    expect(issuance).toMatchObject({
      status: 'issued',
      number: `๑/${thaiNumeral(year)}`,
      signer: { username: office.username('director') },
    });
    expect(issuance.seal.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await t
      .http()
      .get(`/api/memos/${memo.id}/issuance/pdf`)
      .set(bearer(tokens.officer))
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const orders = await t
      .http()
      .get('/api/registers/order')
      .query({ year })
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(orders.body.items).toHaveLength(1);
  });

  it('records every action in a hash chain that verifies', async () => {
    const res = await t.http().get('/api/audit/verify').set(bearer(tokens.director)).expect(200);
    expect(res.body).toMatchObject({ ok: true, brokenAt: null });
    expect(res.body.events).toBeGreaterThan(150);
    const memoEvents = await t
      .http()
      .get('/api/audit')
      .query({ entityType: 'memo', pageSize: 5 })
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(memoEvents.body.items[0]).toHaveProperty('hash');
    await t.http().get('/api/audit').set(bearer(tokens.officer)).expect(403);
  });

  it('answers 400 for a register that does not exist or a year out of range', async () => {
    await t
      .http()
      .get('/api/registers/secret')
      .query({ year })
      .set(bearer(tokens.registrar))
      .expect(400);
    await t
      .http()
      .get('/api/registers/outgoing')
      .query({ year: 20 })
      .set(bearer(tokens.registrar))
      .expect(400);
    await t.http().get('/api/registers/outgoing/abc/csv').set(bearer(tokens.registrar)).expect(400);
    await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer2))
      .send(memoBody({ issuance: { kind: 'decree', subject: 'x', paragraphs: ['y'] } }))
      .expect(400);
  });
});
