import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { tinyPdf } from '../support/tiny-pdf';
import { buddhistYear, thaiNumeral } from '../../src/common/thai/thai-format';

jest.setTimeout(120_000);

describe('numbers for documents made outside Saraban, and reserved numbers', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const year = buddhistYear(new Date());
  const number = (seq: number) => `ศธ ๐๔๓๙๙/${thaiNumeral(seq)}`;
  const paper = tinyPdf('signed on paper');

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'deputy', 'director', 'registrar']);
  });
  afterAll(() => t.close());

  const outside = (token: string, path: string, file: Buffer, name = 'letter.pdf') =>
    t
      .http()
      .post(`/api/registers/outgoing/${path}`)
      .set(bearer(token))
      .field('subject', 'ขอเชิญประชุมผู้บริหารสถานศึกษา')
      .field('to', 'ผู้อำนวยการโรงเรียนในสังกัด')
      .field('date', '2026-05-02')
      .attach('file', file, name);
  const statuses = async () =>
    (
      await t
        .http()
        .get('/api/registers/outgoing')
        .query({ year })
        .set(bearer(tokens.registrar))
        .expect(200)
    ).body.items.map((e: { seq: number; statusLabel: string }) => [e.seq, e.statusLabel]);
  const approveOne = async (subject: string) => {
    const memo = await draftAndSubmit(t, tokens.deputy, { subject });
    return (await approve(t, tokens.director, memo).expect(200)).body as MemoJson;
  };

  it('registers an outside PDF and reserves two numbers; the next approval takes the number after them', async () => {
    const registered = await outside(tokens.registrar, 'entries', paper).expect(201);
    expect(registered.body).toEqual({ register: 'outgoing', year, seq: 1, number: number(1) });
    const reserved = await t
      .http()
      .post('/api/registers/outgoing/reserve')
      .set(bearer(tokens.registrar))
      .send({ count: 2 })
      .expect(201);
    expect(reserved.body).toEqual({
      register: 'outgoing',
      year,
      numbers: [number(2), number(3)],
      seqs: [2, 3],
    });
    const memo = await approveOne('หลังจองเลข');
    expect(memo.docNumber).toBe(number(4));
    expect(await statuses()).toEqual([
      [1, 'ปกติ'],
      [2, 'จอง'],
      [3, 'จอง'],
      [4, 'ปกติ'],
    ]);
  });

  it('lets the registry desk and executives download the outside PDF; others get 403', async () => {
    for (const who of ['registrar', 'director']) {
      const res = await t
        .http()
        .get(`/api/registers/outgoing/${year}/1/file`)
        .set(bearer(tokens[who]))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(res.body as Buffer, paper)).toBe(0);
    }
    await t
      .http()
      .get(`/api/registers/outgoing/${year}/1/file`)
      .set(bearer(tokens.officer))
      .expect(403);
    await t
      .http()
      .get(`/api/registers/outgoing/${year}/2/file`)
      .set(bearer(tokens.registrar))
      .expect(404);
  });

  it('uses a reserved number once; a cancelled reservation stays ยกเลิก and is never reissued', async () => {
    const used = await outside(tokens.registrar, 'entries/2/use', tinyPdf('used later')).expect(
      200,
    );
    expect(used.body).toMatchObject({ seq: 2, number: number(2) });
    const twice = await outside(tokens.registrar, 'entries/2/use', paper).expect(409);
    expect(twice.body.code).toBe('REGISTER_ENTRY_NOT_RESERVED');
    await outside(tokens.registrar, 'entries/4/use', paper).expect(409);
    await t
      .http()
      .post(`/api/registers/outgoing/${year}/3/cancel`)
      .set(bearer(tokens.registrar))
      .send({ reason: 'ไม่ได้ใช้เลขที่จองไว้' })
      .expect(200);
    const cancelled = await outside(tokens.registrar, 'entries/3/use', paper).expect(409);
    expect(cancelled.body.code).toBe('REGISTER_ENTRY_CANCELLED');
    const memo = await approveOne('หลังยกเลิกเลขที่จอง');
    expect(memo.docNumber).toBe(number(5));
    expect(await statuses()).toEqual([
      [1, 'ปกติ'],
      [2, 'ปกติ'],
      [3, 'ยกเลิก'],
      [4, 'ปกติ'],
      [5, 'ปกติ'],
    ]);
    const csv = await t
      .http()
      .get(`/api/registers/outgoing/${year}/csv`)
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(csv.text).toContain('ยกเลิก');
  });

  it('shows จอง in the CSV while a number is reserved', async () => {
    await t
      .http()
      .post('/api/registers/outgoing/reserve')
      .set(bearer(tokens.registrar))
      .send({ count: 1, note: 'สำหรับหนังสือเชิญประชุม' })
      .expect(201);
    const csv = await t
      .http()
      .get(`/api/registers/outgoing/${year}/csv`)
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(csv.text).toMatch(/จอง/);
  });

  it('refuses officers, bad counts, missing files and files that are not PDF', async () => {
    await outside(tokens.officer, 'entries', paper).expect(403);
    await t
      .http()
      .post('/api/registers/outgoing/reserve')
      .set(bearer(tokens.officer))
      .send({ count: 1 })
      .expect(403);
    for (const count of [0, 51, 'x'])
      await t
        .http()
        .post('/api/registers/outgoing/reserve')
        .set(bearer(tokens.registrar))
        .send({ count })
        .expect(400);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const refused = await outside(tokens.registrar, 'entries', png, 'scan.png').expect(415);
    expect(refused.body.code).toBe('OUTSIDE_FILE_NOT_PDF');
    await t
      .http()
      .post('/api/registers/outgoing/entries')
      .set(bearer(tokens.registrar))
      .field('subject', 'ไม่มีไฟล์')
      .field('to', 'x')
      .field('date', '2026-05-02')
      .expect(400);
    await t
      .http()
      .post('/api/registers/nonsense/reserve')
      .set(bearer(tokens.registrar))
      .send({ count: 1 })
      .expect(400);
  });
});
