// Incoming letters (issue 16) through HTTP: the registry desk receives and forwards, the director
// endorses, the group head assigns, the officer replies with a memo whose approval closes it.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, LetterJson, receiveAndForward, receiveLetter } from '../support/incoming';
import { approve, bearer, memoBody, MemoJson } from '../support/memos';
import { fromThaiDigits } from '../../src/common/thai/thai-format';

jest.setTimeout(120_000);

describe('incoming letters', () => {
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
    ]);
  });
  afterAll(() => t.close());

  const letter = async (token: string, id: number) =>
    (await t.http().get(`/api/incoming/${id}`).set(bearer(token)).expect(200)).body as LetterJson;
  const inbox = async (token: string) =>
    (await t.http().get('/api/inbox').set(bearer(token)).expect(200)).body.items as Array<{
      kind: string;
      id: number;
      [key: string]: unknown;
    }>;

  it('goes from the registry desk to the director, the group, and closes with the reply memo', async () => {
    const received = await t
      .http()
      .post('/api/incoming')
      .set(bearer(tokens.registrar))
      .send({
        fromAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
        theirNumber: 'ศธ ๐๔๐๐๖/ว ๑๒๓',
        theirDate: '2026-05-02',
        subject: 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
        urgency: 'ด่วน',
      })
      .expect(201);
    expect(received.body).toMatchObject({ receiveNumber: '๑', status: 'received', version: 1 });
    expect(received.body.year).toBeGreaterThan(2560);
    const id = received.body.id as number;

    const forwarded = await act(t, tokens.registrar, id, 'forward', {
      toUsername: office.username('director'),
      note: 'เรียน ผอ.สพม. เพื่อโปรดพิจารณา',
      version: 1,
    }).expect(200);
    expect(forwarded.body).toMatchObject({ status: 'forwarded', version: 2 });
    expect(await inbox(tokens.director)).toContainEqual(
      expect.objectContaining({ kind: 'incoming', id, task: 'endorse', receiveNumber: '๑' }),
    );
    const notices = await t.http().get('/api/notifications').set(bearer(tokens.director));
    expect(notices.body.items.map((n: { title: string }) => n.title).join()).toContain('เลขรับ ๑');

    const endorsed = await act(t, tokens.director, id, 'endorse', {
      note: 'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ',
      assignGroupIds: [office.groupIds.g1],
      dueAt: '2026-06-30T16:00:00+07:00',
      version: 2,
    }).expect(200);
    expect(endorsed.body).toMatchObject({
      status: 'endorsed',
      endorsements: [
        {
          byUsername: office.username('director'),
          note: 'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ',
          assignedGroupIds: [office.groupIds.g1],
        },
      ],
      assignments: [
        {
          groupId: office.groupIds.g1,
          groupReceiveNumber: '๑',
          assigneeUsername: null,
          state: 'waiting',
        },
      ],
    });
    expect((await inbox(tokens.director)).some((i) => i.kind === 'incoming')).toBe(false);
    expect(await inbox(tokens.head)).toContainEqual(
      expect.objectContaining({ kind: 'incoming', id, task: 'assign' }),
    );
    // Only the head of an assigned group assigns; the letter itself is on the head's path.
    await act(t, tokens.officer2, id, 'assign', {
      username: office.username('officer'),
      version: 3,
    }).expect(404);
    const assigned = await act(t, tokens.head, id, 'assign', {
      username: office.username('officer'),
      version: 3,
    }).expect(200);
    expect(assigned.body.assignments[0]).toMatchObject({
      assigneeUsername: office.username('officer'),
      state: 'assigned',
    });
    expect(await inbox(tokens.officer)).toContainEqual(
      expect.objectContaining({ kind: 'incoming', id, task: 'act' }),
    );
    await act(t, tokens.officer, id, 'acknowledge').expect(200);
    expect((await letter(tokens.officer, id)).assignments[0].state).toBe('in_progress');
    await act(t, tokens.officer, id, 'acknowledge').expect(409);

    const draft = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer))
      .send(memoBody({ subject: 'รายงานผลการประเมินคุณธรรมและความโปร่งใส', inReplyTo: id }))
      .expect(201);
    expect(draft.body.inReplyTo).toBe(id);
    expect(draft.body.references[0].text).toBe(
      'หนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ที่ ศธ ๐๔๐๐๖/ว ๑๒๓ ลงวันที่ ๒ พฤษภาคม ๒๕๖๙ ' +
        'เรื่อง การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    );
    let memo = (
      await t.http().post(`/api/memos/${draft.body.id}/submit`).set(bearer(tokens.officer)).send({})
    ).body as MemoJson;
    for (const approver of ['head', 'deputy', 'director']) {
      memo = (await approve(t, tokens[approver], memo).expect(200)).body as MemoJson;
    }
    expect(memo.status).toBe('approved');
    const done = await letter(tokens.registrar, id);
    expect(done).toMatchObject({
      status: 'done',
      replies: [{ memoId: memo.id, docNumber: memo.docNumber }],
      assignments: [{ state: 'done', assigneeUsername: office.username('officer') }],
    });
    expect((await inbox(tokens.officer)).some((i) => i.kind === 'incoming')).toBe(false);

    const audit = await t
      .http()
      .get('/api/audit')
      .query({ entityType: 'incoming_letter', entityId: id })
      .set(bearer(tokens.registrar))
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(
      [
        'incoming.receive',
        'incoming.forward',
        'incoming.endorse',
        'incoming.assign',
        'incoming.acknowledge',
        'incoming.reply',
      ].sort(),
    );
  });

  it('numbers 20 letters received at once 20 distinct, consecutive receive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/incoming')
          .set(bearer(tokens.registrar))
          .send({
            fromAgency: 'สำนักงานศึกษาธิการจังหวัดทดสอบ',
            theirNumber: `ศธ ๐๒๓๙/${i + 1}`,
            theirDate: '2026-05-01',
            subject: `หนังสือทดสอบลำดับที่ ${i + 1}`,
          }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = results
      .map((r) => Number(fromThaiDigits(r.body.receiveNumber as string)))
      .sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.at(-1)! - numbers[0]).toBe(19);
  });

  it('lets exactly one of two executives endorsing at once win; the other gets 409', async () => {
    const forwarded = await receiveAndForward(t, tokens.registrar, office.username('deputy'));
    const [a, b] = await Promise.all(
      ['deputy', 'director'].map((who) =>
        act(t, tokens[who], forwarded.id, 'endorse', {
          note: `ทราบ (${who})`,
          assignGroupIds: [office.groupIds.g2],
          version: forwarded.version,
        }),
      ),
    );
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.code).toBe('INCOMING_ALREADY_ACTED');
    const after = await letter(tokens.registrar, forwarded.id);
    expect(after.endorsements).toHaveLength(1);
    expect(after.assignments).toHaveLength(1);
    // Endorsed already, whatever the version: 409.
    await act(t, tokens.deputy, forwarded.id, 'endorse', {
      note: 'ทราบ',
      version: after.version,
    }).expect(409);
  });

  it('passes a letter from a deputy to the director, and lets a head close it with an action', async () => {
    const forwarded = await receiveAndForward(t, tokens.registrar, office.username('deputy2'));
    const passed = await act(t, tokens.deputy2, forwarded.id, 'endorse', {
      note: 'เรียน ผอ. เพื่อโปรดพิจารณาสั่งการ',
      forwardToUsername: office.username('director'),
      version: forwarded.version,
    }).expect(200);
    expect(passed.body).toMatchObject({ status: 'forwarded' });
    const ordered = await act(t, tokens.director, forwarded.id, 'endorse', {
      note: 'มอบ กลุ่มนิเทศฯ',
      assignGroupIds: [office.groupIds.g1],
      version: passed.body.version,
    }).expect(200);
    const closed = await act(t, tokens.head, forwarded.id, 'close', {
      action: 'แจ้งโรงเรียนในสังกัดทราบแล้ว',
      version: ordered.body.version,
    }).expect(200);
    expect(closed.body).toMatchObject({
      status: 'done',
      assignments: [{ state: 'done', action: 'แจ้งโรงเรียนในสังกัดทราบแล้ว' }],
    });
  });

  it('puts urgent letters before older normal ones and keeps memo items as kind "memo"', async () => {
    await receiveAndForward(t, tokens.registrar, office.username('deputy2'), { subject: 'ปกติ' });
    const urgent = await receiveAndForward(t, tokens.registrar, office.username('deputy2'), {
      subject: 'ด่วนที่สุด',
      urgency: 'most_urgent',
    });
    const items = await inbox(tokens.deputy2);
    expect(items[0]).toMatchObject({ kind: 'incoming', id: urgent.id, urgency: 'most_urgent' });
    await receiveLetter(t, tokens.registrar);
    const memoItems = await inbox(tokens.head);
    expect(memoItems.every((i) => i.kind === 'memo' || i.kind === 'incoming')).toBe(true);
  });
});
