// หนังสือภายนอก and หนังสือเวียน (issue 17): drafted on a memo, signed on the director's behalf,
// numbered from the outgoing or the ว register, printed on แบบที่ ๑.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';
import { missingInOrder, pdfFonts, pdfText, squash } from '../render/support/pdf-tools';
import { buddhistYear, thaiNumeral } from '../../src/common/thai/thai-format';

jest.setTimeout(180_000);

const ADDRESS = 'ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม ๔๘๐๐๐';

const letterIssuance = (over: Record<string, unknown> = {}) => ({
  kind: 'letter',
  subject: 'ขอส่งรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน',
  to: 'ศึกษาธิการจังหวัดนครพนม',
  enclosures: ['รายงานผลการประเมิน จำนวน ๑ ฉบับ'],
  paragraphs: [
    'ตามที่ สำนักงานศึกษาธิการจังหวัดนครพนม ขอให้หน่วยงานรายงานผลการประเมิน นั้น',
    'จึงเรียนมาเพื่อโปรดทราบ',
  ],
  ...over,
});

const letterMemo = (over: Record<string, unknown> = {}) => ({
  subject: 'ขอเสนอลงนามในหนังสือถึงศึกษาธิการจังหวัดนครพนม',
  paragraphs: ['ข้อเสนอ เห็นควรลงนามในหนังสือ ฯ ดังแนบ'],
  issuance: letterIssuance(over),
});

describe('letters and circulars', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const year = buddhistYear(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t, (spec) => ({
      ...spec,
      address: ADDRESS,
      email: 'saraban@test.example',
    }));
    tokens = await loginAll(t, office, [
      'officer2',
      'head2',
      'deputy',
      'deputy2',
      'director',
      'registrar',
      'admin',
    ]);
    await t
      .http()
      .post('/api/delegations')
      .set(bearer(tokens.admin))
      .send({
        kind: 'on_behalf',
        delegateUserId: office.userIds.deputy2,
        documentKinds: ['memo', 'letter'],
        startsAt: '2020-01-01T00:00:00Z',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('officer2’s letter, signed by deputy2 ปฏิบัติราชการแทน, prints แบบที่ ๑ in order', async () => {
    let memo = await draftAndSubmit(t, tokens.officer2, letterMemo());
    expect(memo.steps.map((s) => [s.role, s.capacity])).toEqual([
      ['group_head', 'own'],
      ['deputy', 'on_behalf'],
    ]);
    const draft = await t
      .http()
      .get(`/api/memos/${memo.id}/issuance/pdf`)
      .set(bearer(tokens.officer2))
      .expect(200);
    expect(squash(pdfText(draft.body as Buffer, undefined, 'raw'))).toContain(
      squash('ที่ ศธ ๐๔๓๙๙/'),
    );
    memo = (await approve(t, tokens.head2, memo).expect(200)).body;
    memo = (await approve(t, tokens.deputy2, memo, 'ลงนามแล้ว').expect(200)).body;
    expect(memo.status).toBe('approved');
    const issuance = memo.issuance as { number: string; status: string; kind: string };
    expect(issuance).toMatchObject({ kind: 'letter', status: 'issued' });
    expect(issuance.number).toMatch(/^ศธ ๐๔๓๙๙\/[๐-๙]+$/);
    // The memo proposing the letter shares its number: one entry in the outgoing register.
    expect(memo.docNumber).toBe(issuance.number);

    const res = await t
      .http()
      .get(`/api/memos/${memo.id}/issuance/pdf`)
      .set(bearer(tokens.officer2))
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    const text = squash(pdfText(pdf, undefined, 'raw'));
    const expected = [
      `ที่ ${issuance.number}`,
      'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ',
      ADDRESS,
      'เรื่อง ขอส่งรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน',
      'เรียน ศึกษาธิการจังหวัดนครพนม',
      'สิ่งที่ส่งมาด้วย รายงานผลการประเมิน จำนวน ๑ ฉบับ',
      'ขอแสดงความนับถือ',
      // Names print with Thai digits, as every text of the letter.
      '(นายทดสอบdeputy๒ ใจดี)',
      'ปฏิบัติราชการแทน',
      'กลุ่มส่งเสริมการจัดการศึกษา',
      'โทร. ๐ ๔๒๕๑ ๒๒๒๒',
      'saraban@test.example',
    ];
    expect(missingInOrder(text, expected)).toEqual([]);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const outgoing = await t
      .http()
      .get('/api/registers/outgoing')
      .query({ year })
      .set(bearer(tokens.registrar))
      .expect(200);
    const entries = outgoing.body.items.filter(
      (e: { number: string }) => e.number === issuance.number,
    );
    expect(entries).toMatchObject([{ documentType: 'letter' }]);
  });

  it('keeps the recipients as named and refuses malformed letters', async () => {
    const recipients = { schools: 'all', recipientIds: [7, 3], groupIds: [2] };
    const created = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer2))
      .send(memoBody(letterMemo({ circular: true, recipients })))
      .expect(201);
    expect(created.body.issuance).toMatchObject({
      kind: 'letter',
      circular: true,
      salutation: 'เรียน',
      closing: 'ขอแสดงความนับถือ',
      enclosures: ['รายงานผลการประเมิน จำนวน ๑ ฉบับ'],
      recipients,
    });
    const bad = [
      letterIssuance({ to: undefined }),
      letterIssuance({ recipients: { schools: 'some' } }),
      letterIssuance({ recipients: { recipientIds: [0] } }),
      letterIssuance({ recipients: { groupIds: [1, 1] } }),
      letterIssuance({ circular: 'yes' }),
      { kind: 'order', subject: 'x', paragraphs: ['y'], salutation: 'เรียน' },
      { kind: 'order', subject: 'x', paragraphs: ['y'], to: 'ใคร' },
      {
        kind: 'order',
        subject: 'x',
        paragraphs: ['y'],
        schedule: { columns: ['ก', 'ข'], rows: [['หนึ่ง']] },
      },
    ];
    for (const issuance of bad) {
      const res = await t
        .http()
        .post('/api/memos')
        .set(bearer(tokens.officer2))
        .send(memoBody({ issuance }));
      expect([res.status, JSON.stringify(issuance)]).toEqual([400, JSON.stringify(issuance)]);
    }
  });

  it('refuses committees too large to store together on both databases (400)', async () => {
    const member = { name: 'ก'.repeat(150), position: 'ข'.repeat(40), role: 'กรรมการ' };
    const committees = [1, 2].map((i) => ({
      title: `คณะที่ ${i}`,
      members: Array.from({ length: 100 }, () => member),
    }));
    const res = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer2))
      .send(memoBody({ issuance: { kind: 'order', subject: 'x', paragraphs: ['y'], committees } }))
      .expect(400);
    expect(JSON.stringify(res.body)).toContain('too long to store');
    // Half of it fits.
    await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer2))
      .send(
        memoBody({
          issuance: {
            kind: 'order',
            subject: 'x',
            paragraphs: ['y'],
            committees: committees.slice(1),
          },
        }),
      )
      .expect(201);
  });

  it('stores an appointment order’s committees and prints them', async () => {
    const committees = [
      {
        title: 'คณะกรรมการอำนวยการ',
        members: [
          { name: 'นายหนึ่ง ใจดี', position: 'ผู้อำนวยการ สพม.ทดสอบ', role: 'ประธานกรรมการ' },
          { name: 'นายสอง ใจดี', position: 'รองผู้อำนวยการ สพม.ทดสอบ', role: 'กรรมการและเลขานุการ' },
        ],
        duty: 'มีหน้าที่ อำนวยการ',
      },
    ];
    let memo = await draftAndSubmit(t, tokens.deputy, {
      subject: 'ขอเสนอคำสั่งแต่งตั้งคณะกรรมการ',
      paragraphs: ['ข้อเสนอ เห็นควรลงนามในคำสั่ง ฯ ดังแนบ'],
      issuance: {
        kind: 'order',
        subject: 'แต่งตั้งคณะกรรมการ',
        paragraphs: ['จึงแต่งตั้งคณะกรรมการ ดังนี้'],
        clauses: [{ text: 'ให้ดำเนินการ', items: ['ย่อย'] }],
        committees,
        closingParagraphs: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
      },
    });
    expect(memo.issuance).toMatchObject({ committees, closingParagraphs: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'] });
    memo = (await approve(t, tokens.director, memo).expect(200)).body;
    const pdf = await t
      .http()
      .get(`/api/memos/${memo.id}/issuance/pdf`)
      .set(bearer(tokens.deputy))
      .expect(200);
    const lines = pdfText(pdf.body as Buffer).split('\n');
    for (const m of committees[0].members) {
      expect(lines.some((l) => [m.name, m.position, m.role].every((x) => l.includes(x)))).toBe(
        true,
      );
    }
    expect(squash(pdfText(pdf.body as Buffer, undefined, 'raw'))).toContain(squash('สั่ง ณ วันที่'));
  });

  it('gives 50 circulars approved in parallel 50 consecutive ว numbers, outgoing untouched', async () => {
    const local = await createOffice(t);
    const tk = await loginAll(t, local, ['deputy', 'director', 'registrar']);
    // The deputy's own memos go straight to the director: one approval each.
    const memos: MemoJson[] = [];
    for (let batch = 0; batch < 5; batch++) {
      memos.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            draftAndSubmit(t, tk.deputy, {
              ...letterMemo({ circular: true, recipients: { schools: 'all' } }),
              subject: `หนังสือเวียนทดสอบ ${batch * 10 + i}`,
            }),
          ),
        )),
      );
    }
    const results = await Promise.all(memos.map((m) => approve(t, tk.director, m)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    const numbers = results.map(
      (r) => (r.body as { issuance: { number: string } }).issuance.number,
    );
    for (const n of numbers) expect(n).toMatch(/^ศธ ๐๔๓๙๙\/ว [๑-๙][๐-๙]*$/);
    const expected = Array.from({ length: 50 }, (_, i) => `ศธ ๐๔๓๙๙/ว ${thaiNumeral(i + 1)}`);
    expect([...numbers].sort()).toEqual([...expected].sort());

    const register = (name: string) =>
      t
        .http()
        .get(`/api/registers/${name}`)
        .query({ year, pageSize: 100 })
        .set(bearer(tk.registrar))
        .expect(200);
    const circular = await register('circular');
    expect(circular.body.registerName).toBe('ทะเบียนหนังสือเวียน');
    expect(circular.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect((await register('outgoing')).body.total).toBe(0);
    const csv = await t
      .http()
      .get(`/api/registers/circular/${year}/csv`)
      .set(bearer(tk.registrar))
      .expect(200);
    expect(csv.text).toContain('ศธ ๐๔๓๙๙/ว ๕๐');
  });
});
