import { createHash } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';
import { storedJsonBytes, TEXT_COLUMN_BYTES } from '../../src/common/validation/max-stored-bytes';

jest.setTimeout(60_000);

describe('memo workflow', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, [
      'officer',
      'officer2',
      'peer',
      'head',
      'head2',
      'deputy',
      'deputy2',
      'director',
      'registrar',
      'admin',
    ]);
  });
  afterAll(() => t.close());

  const get = async (token: string, id: number) =>
    (await t.http().get(`/api/memos/${id}`).set(bearer(token))).body as MemoJson;

  it('stores the longest body a TEXT column holds and refuses one byte more, on either database', async () => {
    // Four full paragraphs of Thai, and a fifth that brings the stored JSON to exactly 65,535 bytes.
    const paragraphs = [
      ...Array.from({ length: 4 }, () => 'ก'.repeat(5000)),
      `${'ข'.repeat(1839)}aa`,
    ];
    expect(storedJsonBytes(paragraphs)).toBe(TEXT_COLUMN_BYTES);
    const created = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer))
      .send(memoBody({ paragraphs }))
      .expect(201);
    expect((await get(tokens.officer, created.body.id)).paragraphs).toEqual(paragraphs);

    const longer = [...paragraphs.slice(0, 4), `${paragraphs[4]}a`];
    for (const [method, path, body] of [
      ['post', '/api/memos', memoBody({ paragraphs: longer })],
      [
        'patch',
        `/api/memos/${created.body.id}`,
        { version: created.body.version, paragraphs: longer },
      ],
    ] as const) {
      const res = await t.http()[method](path).set(bearer(tokens.officer)).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.details)).toMatch(/paragraphs is too long to store/);
    }
    expect((await get(tokens.officer, created.body.id)).paragraphs).toEqual(paragraphs);
  });

  it('walks officer → head → deputy → director and registers a Thai-digit number', async () => {
    const draft = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer))
      .send(memoBody({ urgency: 'ด่วน' }))
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      version: 1,
      urgency: 'urgent',
      docNumber: null,
      steps: [],
    });
    let memo = (
      await t
        .http()
        .post(`/api/memos/${draft.body.id}/submit`)
        .set(bearer(tokens.officer))
        .expect(200)
    ).body as MemoJson;
    expect(memo.status).toBe('in_review');
    expect(memo.steps.map((s) => [s.role, s.assigneeUsername, s.state])).toEqual([
      ['group_head', office.username('head'), 'pending'],
      ['deputy', office.username('deputy'), 'pending'],
      ['director', office.username('director'), 'pending'],
    ]);
    const inbox = await t.http().get('/api/inbox').set(bearer(tokens.head)).expect(200);
    expect(inbox.body.items.map((i: { id: number }) => i.id)).toContain(memo.id);

    for (const [who, note] of [
      ['head', 'เพื่อโปรดพิจารณา'],
      ['deputy', 'เห็นควรอนุมัติ'],
      ['director', 'อนุมัติ'],
    ]) {
      const res = await approve(t, tokens[who], memo, note).expect(200);
      memo = res.body as MemoJson;
    }
    expect(memo.status).toBe('approved');
    expect(memo.docNumber).toMatch(/^ศธ ๐๔๓๙๙\/[๐-๙]+$/);
    expect(memo.steps.map((s) => [s.state, s.note])).toEqual([
      ['approved', 'เพื่อโปรดพิจารณา'],
      ['approved', 'เห็นควรอนุมัติ'],
      ['approved', 'อนุมัติ'],
    ]);
    const seal = memo.seal as { verifyCode: string; sha256: string };
    expect(seal.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await t
      .http()
      .get(`/api/memos/${memo.id}/pdf`)
      .set(bearer(tokens.officer))
      .buffer(true)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(
      createHash('sha256')
        .update(pdf.body as Buffer)
        .digest('hex'),
    ).toBe(seal.sha256);
    const verified = await t.http().get(`/api/verify/${seal.verifyCode}`).expect(200);
    expect(verified.body).toMatchObject({
      number: memo.docNumber,
      sha256: seal.sha256,
      subject: memoBody().subject,
    });
    const inboxAfter = await t.http().get('/api/inbox').set(bearer(tokens.director)).expect(200);
    expect(inboxAfter.body.items.map((i: { id: number }) => i.id)).not.toContain(memo.id);
  });

  it('ends at a deputy holding ปฏิบัติราชการแทน, who signs on the director’s behalf', async () => {
    const local = await createOffice(t);
    const tk = await loginAll(t, local, ['officer', 'head', 'deputy', 'admin']);
    await t
      .http()
      .post('/api/delegations')
      .set(bearer(tk.admin))
      .send({
        kind: 'on_behalf',
        delegateUserId: local.userIds.deputy,
        documentKinds: ['memo'],
        startsAt: '2020-01-01T00:00:00Z',
      })
      .expect(201);
    let memo = await draftAndSubmit(t, tk.officer);
    expect(memo.steps.map((s) => [s.role, s.capacity])).toEqual([
      ['group_head', 'own'],
      ['deputy', 'on_behalf'],
    ]);
    memo = (await approve(t, tk.head, memo).expect(200)).body;
    memo = (await approve(t, tk.deputy, memo, 'ทราบ อนุญาต').expect(200)).body;
    expect(memo.status).toBe('approved');
    expect(memo.steps[1].capacityLine).toMatch(/^ปฏิบัติราชการแทน ผู้อำนวยการ/);
  });

  it('gives the director’s step to an acting director (รักษาราชการแทน)', async () => {
    const local = await createOffice(t);
    const tk = await loginAll(t, local, [
      'officer',
      'head',
      'deputy',
      'deputy2',
      'director',
      'admin',
    ]);
    await t
      .http()
      .post('/api/delegations')
      .set(bearer(tk.admin))
      .send({
        kind: 'acting',
        delegateUserId: local.userIds.deputy2,
        documentKinds: ['memo', 'order', 'announcement'],
        startsAt: '2020-01-01T00:00:00Z',
      })
      .expect(201);
    let memo = await draftAndSubmit(t, tk.officer);
    expect(memo.steps.map((s) => [s.role, s.assigneeUsername, s.capacity])).toEqual([
      ['group_head', local.username('head'), 'own'],
      ['deputy', local.username('deputy'), 'own'],
      ['director', local.username('deputy2'), 'acting'],
    ]);
    memo = (await approve(t, tk.head, memo).expect(200)).body;
    memo = (await approve(t, tk.deputy, memo).expect(200)).body;
    await approve(t, tk.director, memo).expect(403);
    memo = (await approve(t, tk.deputy2, memo).expect(200)).body;
    expect(memo.status).toBe('approved');
    expect(memo.steps[2].capacityLine).toMatch(/^รักษาราชการแทน ผู้อำนวยการ/);
  });

  it('returns for revision, refuses a stale edit, and re-enters review on resubmission', async () => {
    let memo = await draftAndSubmit(t, tokens.officer);
    memo = (await approve(t, tokens.head, memo).expect(200)).body;
    const returned = await t
      .http()
      .post(`/api/memos/${memo.id}/return`)
      .set(bearer(tokens.deputy))
      .send({ note: 'โปรดระบุงบประมาณ' })
      .expect(200);
    expect(returned.body.status).toBe('returned');
    const stale = await t
      .http()
      .patch(`/api/memos/${memo.id}`)
      .set(bearer(tokens.officer))
      .send({ version: memo.version, subject: 'x' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const edited = await t
      .http()
      .patch(`/api/memos/${memo.id}`)
      .set(bearer(tokens.officer))
      .send({ version: returned.body.version, paragraphs: ['ข้อเสนอ ใช้งบประมาณ ๕,๐๐๐ บาท'] })
      .expect(200);
    const resubmitted = (
      await t.http().post(`/api/memos/${memo.id}/submit`).set(bearer(tokens.officer)).expect(200)
    ).body;
    expect(resubmitted.status).toBe('in_review');
    expect(resubmitted.round).toBe(2);
    expect(resubmitted.version).toBe(edited.body.version + 1);
    expect(resubmitted.steps.every((s: { state: string }) => s.state === 'pending')).toBe(true);
    expect(
      resubmitted.history.map((s: { state: string; note: string }) => [s.state, s.note]),
    ).toEqual([
      ['approved', 'เพื่อโปรดพิจารณา'],
      ['returned', 'โปรดระบุงบประมาณ'],
    ]);
  });

  it('rejects (ไม่อนุมัติ): the memo ends, leaves the inbox, the author is told, and cannot come back', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, { subject: 'ขออนุมัติจัดซื้อครุภัณฑ์คอมพิวเตอร์' });
    memo = (await approve(t, tokens.head, memo).expect(200)).body;
    const inboxOf = async (token: string) =>
      (
        (await t.http().get('/api/inbox').set(bearer(token)).expect(200)).body.items as Array<{
          id: number;
        }>
      ).map((i) => i.id);
    expect(await inboxOf(tokens.deputy)).toContain(memo.id);

    const note = 'ไม่อนุมัติ เนื่องจากไม่มีงบประมาณในปีนี้';
    await t
      .http()
      .post(`/api/memos/${memo.id}/reject`)
      .set(bearer(tokens.deputy))
      .send({ note: '   ' })
      .expect(400);
    // The contract's body: a note, no version.
    const rejected = await t
      .http()
      .post(`/api/memos/${memo.id}/reject`)
      .set(bearer(tokens.deputy))
      .send({ note })
      .expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.version).toBe(memo.version + 1);
    expect(rejected.body.docNumber).toBeNull();
    expect((rejected.body as MemoJson).steps.map((s) => [s.role, s.state, s.note])).toEqual([
      ['group_head', 'approved', 'เพื่อโปรดพิจารณา'],
      ['deputy', 'rejected', note],
      ['director', 'cancelled', ''],
    ]);
    expect((await get(tokens.officer, memo.id)).status).toBe('rejected');

    // Nobody waits on it any more.
    for (const who of ['head', 'deputy', 'director']) {
      expect(await inboxOf(tokens[who])).not.toContain(memo.id);
    }
    // The author is told, with the reason.
    const notices = await t
      .http()
      .get('/api/notifications')
      .set(bearer(tokens.officer))
      .expect(200);
    expect(notices.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'memo.rejected',
        memoId: memo.id,
        title: expect.stringContaining(note),
      }),
    );
    expect(notices.body.unread).toBeGreaterThan(0);

    // It stays rejected: no resubmission, edit, approval or second decision.
    const after = (await get(tokens.officer, memo.id)).version;
    const refused = [
      await t.http().post(`/api/memos/${memo.id}/submit`).set(bearer(tokens.officer)).send({}),
      await t
        .http()
        .post(`/api/memos/${memo.id}/submit`)
        .set(bearer(tokens.officer))
        .send({ version: after }),
      await t
        .http()
        .patch(`/api/memos/${memo.id}`)
        .set(bearer(tokens.officer))
        .send({ version: after, subject: 'ขออนุมัติอีกครั้ง' }),
      await t.http().post(`/api/memos/${memo.id}/withdraw`).set(bearer(tokens.officer)).send({}),
      await approve(t, tokens.director, { id: memo.id, version: after }),
      await t
        .http()
        .post(`/api/memos/${memo.id}/return`)
        .set(bearer(tokens.deputy))
        .send({ note: 'ส่งกลับแทน' }),
    ];
    for (const res of refused) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const final = await get(tokens.officer, memo.id);
    expect([final.status, final.version]).toEqual(['rejected', after]);
  });

  it('answers 403 to the wrong approver and 409 to a stale or repeated approval', async () => {
    const memo = await draftAndSubmit(t, tokens.officer);
    expect((await approve(t, tokens.deputy, memo).expect(403)).body.code).toBe(
      'NOT_CURRENT_APPROVER',
    );
    expect((await approve(t, tokens.officer, memo).expect(403)).body.code).toBe('FORBIDDEN');
    await approve(t, tokens.head, { ...memo, version: memo.version - 1 }).expect(409);
    await approve(t, tokens.head, memo).expect(200);
    // The head's answer was lost and the head sends it again: the same memo, nothing changes.
    const replay = await approve(t, tokens.head, memo).expect(200);
    expect(replay.body).toMatchObject({ version: memo.version + 1, currentStep: 2 });
    // The deputy, now the approver, acting on the version before the head's approval: 409.
    expect((await approve(t, tokens.deputy, memo).expect(409)).body.code).toBe('STALE_VERSION');
    const after = await get(tokens.officer, memo.id);
    expect(after.version).toBe(memo.version + 1);
    expect(after.steps.map((s) => s.state)).toEqual(['approved', 'pending', 'pending']);
  });

  it('lets exactly one of ten parallel approvals of a step win', async () => {
    const memo = await draftAndSubmit(t, tokens.officer);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => approve(t, tokens.head, memo)),
    );
    // One approval is applied; the same approver's duplicates are answered as replays of it.
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(results.map((r) => (r.body as MemoJson).version))).toEqual(
      new Set([memo.version + 1]),
    );
    const after = await get(tokens.officer, memo.id);
    expect(after.version).toBe(memo.version + 1);
    expect(after.steps.map((s) => s.state)).toEqual(['approved', 'pending', 'pending']);
  });

  it('hides a secret memo from readers outside the chain, even after approval', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, { secrecy: 'ลับ' });
    await t.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.officer2)).expect(404);
    await t.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.registrar)).expect(404);
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body;
    await t.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.officer2)).expect(404);
    await t.http().get(`/api/memos/${memo.id}/pdf`).set(bearer(tokens.officer2)).expect(404);
    const search = await t
      .http()
      .get('/api/memos')
      .query({ q: 'ประชุมชี้แจง' })
      .set(bearer(tokens.officer2))
      .expect(200);
    expect(search.body.items.map((i: { id: number }) => i.id)).not.toContain(memo.id);
  });

  it('refuses ลับที่สุด with 422 and bad bodies with 400, writing nothing', async () => {
    const before = (
      await t.http().get('/api/memos').query({ box: 'drafts' }).set(bearer(tokens.peer))
    ).body.total;
    const top = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.peer))
      .send(memoBody({ secrecy: 'ลับที่สุด' }))
      .expect(422);
    expect(top.body.code).toBe('TOP_SECRET_REFUSED');
    for (const bad of [
      {},
      memoBody({ paragraphs: [] }),
      memoBody({ subject: '   ' }),
      memoBody({ urgency: 'ด่วนพิเศษ' }),
      memoBody({ extra: 1 }),
    ]) {
      await t.http().post('/api/memos').set(bearer(tokens.peer)).send(bad).expect(400);
    }
    const after = (
      await t.http().get('/api/memos').query({ box: 'drafts' }).set(bearer(tokens.peer))
    ).body.total;
    expect(after).toBe(before);
  });
});
