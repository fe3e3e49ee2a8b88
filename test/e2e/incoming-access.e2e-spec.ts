// Incoming letters: who may receive and read them, secret letters off the path, bad input, the
// incoming register and its CSV, the stamped copy's access checks.
import { createTestApp, TestApp } from '../support/app';
import { snapshotOffice } from '../support/db-snapshot';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, letterBody, receiveAndForward, receiveLetter } from '../support/incoming';
import { bearer, memoBody } from '../support/memos';
import { tinyPdf } from '../support/tiny-pdf';

jest.setTimeout(120_000);

const SECRET_SUBJECT = 'การสอบสวนข้อเท็จจริงกรณีร้องเรียนเฉพาะราย';

describe('incoming letters: access, secrecy, bad input, registers', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, [
      'registrar',
      'director',
      'deputy',
      'deputy2',
      'head',
      'officer',
      'officer2',
      'peer',
      'admin',
    ]);
  });
  afterAll(() => t.close());

  const get = (token: string, path: string) => t.http().get(path).set(bearer(token));
  const year = async () => (await receiveLetter(t, tokens.registrar)).year;

  it('lets only the registry desk receive, forward and add files (403 for an officer)', async () => {
    const res = await t
      .http()
      .post('/api/incoming')
      .set(bearer(tokens.officer))
      .send(letterBody())
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const letter = await receiveLetter(t, tokens.registrar);
    await act(t, tokens.officer, letter.id, 'forward', {
      toUsername: office.username('director'),
      version: letter.version,
    }).expect(403);
    await t
      .http()
      .post(`/api/incoming/${letter.id}/files`)
      .set(bearer(tokens.officer))
      .attach('file', tinyPdf('scan'), 'scan.pdf')
      .expect(403);
    // An executive may not endorse a letter not forwarded to anyone yet: 409, not 200.
    await act(t, tokens.director, letter.id, 'endorse', { note: 'ทราบ', version: 1 }).expect(409);
  });

  it('receives a letter with its PDF in one multipart request, and adds files after', async () => {
    const res = await t
      .http()
      .post('/api/incoming')
      .set(bearer(tokens.registrar))
      .field(letterBody({ subject: 'หนังสือพร้อมไฟล์แนบ' }))
      .attach('file', tinyPdf('letter'), 'หนังสือเชิญประชุม.pdf')
      .expect(201);
    await t
      .http()
      .post(`/api/incoming/${res.body.id}/files`)
      .set(bearer(tokens.registrar))
      .attach('file', tinyPdf('enclosure'), 'สิ่งที่ส่งมาด้วย.pdf')
      .expect(201);
    await t
      .http()
      .post(`/api/incoming/${res.body.id}/files`)
      .set(bearer(tokens.registrar))
      .attach('file', Buffer.from('MZ not a document'), 'run.exe')
      .expect(415);
    const letter = await get(tokens.registrar, `/api/incoming/${res.body.id}`).expect(200);
    expect(letter.body.files.map((f: { fileName: string }) => f.fileName)).toEqual([
      'หนังสือเชิญประชุม.pdf',
      'สิ่งที่ส่งมาด้วย.pdf',
    ]);
    // The stamped copy answers only those who may read the letter.
    await get(tokens.officer2, `/api/incoming/${res.body.id}/stamped.pdf`).expect(404);
    await get(tokens.registrar, '/api/incoming/2147483647/stamped.pdf').expect(404);
  });

  it('refuses bad input with 400 in Thai and English and writes nothing', async () => {
    const letter = await receiveAndForward(t, tokens.registrar, office.username('director'));
    const before = await snapshotOffice(t.ds, office.orgId);
    const cases = [
      letterBody({ theirNumber: undefined }),
      letterBody({ theirNumber: '   ' }),
      letterBody({ theirDate: '2026-02-30' }),
      letterBody({ theirDate: '2/5/2569' }),
      letterBody({ urgency: 'เร่งด่วนพิเศษ' }),
    ];
    for (const body of cases) {
      const res = await t
        .http()
        .post('/api/incoming')
        .set(bearer(tokens.registrar))
        .send(body)
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.message).toMatch(/[\u0E00-\u0E7F].*[A-Za-z]/);
    }
    const unknownGroup = await act(t, tokens.director, letter.id, 'endorse', {
      note: 'มอบ',
      assignGroupIds: [2147483000],
      version: letter.version,
    }).expect(400);
    expect(unknownGroup.body.code).toBe('INCOMING_UNKNOWN_GROUP');
    expect(unknownGroup.body.message).toMatch(/ไม่พบกลุ่ม.*group/);
    const notExecutive = await act(t, tokens.director, letter.id, 'endorse', {
      note: 'ส่งต่อ',
      forwardToUsername: office.username('officer'),
      version: letter.version,
    }).expect(400);
    expect(notExecutive.body.code).toBe('INCOMING_NOT_EXECUTIVE');
    await act(t, tokens.director, letter.id, 'endorse', {
      note: 'ทราบ',
      dueAt: '2026-04-31T10:00:00+07:00',
      version: letter.version,
    }).expect(400);
    const topSecret = await t
      .http()
      .post('/api/incoming')
      .set(bearer(tokens.registrar))
      .send(letterBody({ secrecy: 'ลับที่สุด' }));
    expect(topSecret.body.code).toBe('TOP_SECRET_REFUSED');
    expect(await snapshotOffice(t.ds, office.orgId)).toEqual(before);
  });

  it('hides a secret letter from everyone off its path, in lists, search and registers too', async () => {
    const secret = await receiveAndForward(t, tokens.registrar, office.username('deputy2'), {
      subject: SECRET_SUBJECT,
      secrecy: 'ลับ',
    });
    for (const who of ['officer2', 'director', 'deputy', 'head', 'admin']) {
      await get(tokens[who], `/api/incoming/${secret.id}`).expect(404);
      await get(tokens[who], `/api/incoming/${secret.id}/stamped.pdf`).expect(404);
    }
    const onPath = await get(tokens.deputy2, `/api/incoming/${secret.id}`).expect(200);
    expect(onPath.body).toMatchObject({ subject: SECRET_SUBJECT, secrecy: 'confidential' });
    // The director may not take over a secret letter waiting on a deputy.
    await act(t, tokens.director, secret.id, 'endorse', {
      note: 'ทราบ',
      version: secret.version,
    }).expect(404);

    const list = await get(tokens.director, '/api/incoming?pageSize=100').expect(200);
    const row = list.body.items.find((i: { id: number }) => i.id === secret.id);
    expect(row).toMatchObject({ subject: 'หนังสือลับ', receiveNumber: secret.receiveNumber });
    expect(JSON.stringify(list.body)).not.toContain(SECRET_SUBJECT);
    const search = await get(tokens.director, `/api/incoming?q=${encodeURIComponent('สอบสวน')}`);
    expect(search.body.items).toEqual([]);
    const mine = await get(tokens.deputy2, `/api/incoming?q=${encodeURIComponent('สอบสวน')}`);
    expect(mine.body.items.map((i: { id: number }) => i.id)).toEqual([secret.id]);
    const officerList = await get(tokens.officer2, '/api/incoming').expect(200);
    expect(officerList.body.items.map((i: { id: number }) => i.id)).not.toContain(secret.id);

    const y = secret.year;
    const register = await get(tokens.director, `/api/registers/incoming?year=${y}&pageSize=100`);
    expect(register.status).toBe(200);
    expect(register.body.items.find((i: { id: number }) => i.id === secret.id)).toMatchObject({
      subject: 'หนังสือลับ',
      receiveNumber: secret.receiveNumber,
      fromAgency: '',
    });
    const csv = await get(tokens.director, `/api/registers/incoming/${y}/csv`).expect(200);
    expect(csv.text).not.toContain(SECRET_SUBJECT);
    expect(csv.text).toContain(`${secret.receiveNumber},,,,,หนังสือลับ`);
    const own = await get(tokens.deputy2, `/api/registers/incoming/${y}/csv`).expect(200);
    expect(own.text).toContain(SECRET_SUBJECT);
  });

  it('gives the incoming register with the regulation columns to the registry desk and executives', async () => {
    const y = await year();
    const res = await get(tokens.registrar, `/api/registers/incoming/${y}/csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const header = res.text.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('ทะเบียนรับ,ที่,ลงวันที่,จาก,ถึง,เรื่อง,การปฏิบัติ,หมายเหตุ');
    expect(res.text).toContain('ศธ ๐๔๐๐๖/ว ๑๒๓,๒ พฤษภาคม ๒๕๖๙,สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน');
    const list = await get(tokens.deputy, `/api/registers/incoming?year=${y}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ receiveNumber: '๑', kind: 'incoming' });
    await get(tokens.officer, `/api/registers/incoming?year=${y}`).expect(403);
    await get(tokens.officer, `/api/registers/incoming/${y}/csv`).expect(403);
    // The other registers are where they were.
    await get(tokens.registrar, `/api/registers/outgoing?year=${y}`).expect(200);
  });

  it('lets only an assignee or an assigned group head reply with a memo', async () => {
    const letter = await receiveAndForward(t, tokens.registrar, office.username('director'));
    await act(t, tokens.director, letter.id, 'endorse', {
      note: 'มอบ กลุ่มนิเทศฯ',
      assignGroupIds: [office.groupIds.g1],
      version: letter.version,
    }).expect(200);
    const reply = (token: string) =>
      t
        .http()
        .post('/api/memos')
        .set(bearer(token))
        .send(memoBody({ inReplyTo: letter.id }));
    expect((await reply(tokens.peer)).status).toBe(404);
    expect((await reply(tokens.officer2)).status).toBe(404);
    const registrar = await reply(tokens.registrar);
    expect(registrar.status).toBe(400);
    expect(registrar.body.code).toBe('INCOMING_REPLY_REFUSED');
    expect((await reply(tokens.head)).status).toBe(201);
    const unknown = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer))
      .send(memoBody({ inReplyTo: 2147483000 }));
    expect(unknown.status).toBe(404);
  });
});
