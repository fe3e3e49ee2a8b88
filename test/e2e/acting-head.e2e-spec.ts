// Issue 20: an acting group head (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม…) for `head`'s group for seven
// days. New memos route to the acting head; a memo already waiting at `head` moves to them when
// the period starts and back when it ends; the PDF prints the acting capacity; after the period
// new memos route to `head` again.
import { execFileSync } from 'node:child_process';
import { Clock } from '../../src/common/clock';
import { DelegationSweep } from '../../src/workflow/acting-head/delegation-sweep';
import { createTestApp, TestApp } from '../support/app';
import { MovableClock } from '../support/clock';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { postForm, webSignIn } from '../support/web-session';

const DAY = 24 * 3_600_000;
const GROUP = 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา';
const CAPACITY = `ปฏิบัติหน้าที่ผู้อำนวยการ${GROUP}`;

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('acting group heads', () => {
  const clock = new MovableClock();
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tk: Record<string, string>;
  let theirs: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock));
    office = await createOffice(t);
    other = await createOffice(t);
    tk = await loginAll(t, office, [
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
    theirs = await loginAll(t, other, ['admin']);
  });
  afterAll(() => t.close());
  afterEach(() => (clock.offsetMs = 0));

  const get = async (token: string, id: number): Promise<MemoJson> =>
    (await t.http().get(`/api/memos/${id}`).set(bearer(token)).expect(200)).body as MemoJson;
  const holder = (memo: MemoJson) => memo.steps.find((s) => s.state === 'pending');
  const inbox = async (token: string): Promise<number[]> =>
    (await t.http().get('/api/inbox').set(bearer(token)).expect(200)).body.items.map(
      (i: { id: number }) => i.id,
    );
  const notices = async (userKey: string, memoId: number): Promise<number> => {
    const rows = await t.ds.query<Array<{ n: number | string }>>(
      "SELECT COUNT(*) AS n FROM notification WHERE user_id = ? AND kind = 'memo.waiting' AND memo_id = ?",
      [office.userIds[userKey], memoId],
    );
    return Number(rows[0].n);
  };
  const reassignments = async (memoId: number): Promise<Array<{ actor: unknown; data: string }>> =>
    t.ds.query(
      "SELECT actor_user_id AS actor, data FROM audit_event WHERE org_id = ? AND action = 'memo.reassign' AND entity_id = ? ORDER BY seq",
      [office.orgId, memoId],
    );
  const give = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/delegations').set(bearer(token)).send(body);
  /** This office's steps (counts stay exact whatever else shares the database). */
  const sweep = () => t.app.get(DelegationSweep).run(clock.now(), office.orgId);
  const pdfText = async (token: string, id: number): Promise<string> => {
    const pdf = await t
      .http()
      .get(`/api/memos/${id}/pdf`)
      .set(bearer(token))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf.body as Buffer }).toString();
  };

  it('routes to the acting head for the period, moves what waits, prints the capacity, and gives it all back after', async () => {
    // Waiting at `head` before the period starts.
    const waiting = await draftAndSubmit(t, tk.officer, { subject: 'ขออนุมัติก่อนมอบหมาย' });
    expect(holder(waiting)?.assigneeUsername).toBe(office.username('head'));

    const startsAt = new Date(clock.now().getTime() - 60_000);
    const given = await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.peer,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7 * DAY).toISOString(),
      reference: 'คำสั่ง ที่ ๑๒/๒๕๖๙',
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      kind: 'acting',
      groupId: office.groupIds.g1,
      inForce: true,
    });

    // Moved when the delegation was given: step, inbox, notice, audit (by nobody).
    const moved = await get(tk.officer, waiting.id);
    expect(holder(moved)).toMatchObject({
      assigneeUsername: office.username('peer'),
      capacity: 'acting_head',
      capacityLine: CAPACITY,
    });
    expect(moved.version).toBe(waiting.version + 1);
    expect(await inbox(tk.peer)).toContain(waiting.id);
    expect(await inbox(tk.head)).not.toContain(waiting.id);
    expect(await notices('peer', waiting.id)).toBe(1);
    const [audit] = await reassignments(waiting.id);
    expect(audit.actor).toBeNull();

    // Running the sweep again changes nothing.
    expect(await sweep()).toBe(0);
    expect((await get(tk.officer, waiting.id)).version).toBe(moved.version);
    expect(await reassignments(waiting.id)).toHaveLength(1);

    // A new memo's first step goes to the acting head, who endorses it; it is printed with the
    // acting capacity under their own position, and the sealed PDF keeps it.
    let fresh = await draftAndSubmit(t, tk.officer, { subject: 'ขออนุมัติระหว่างรักษาการ' });
    expect(holder(fresh)).toMatchObject({
      role: 'group_head',
      assigneeUsername: office.username('peer'),
      capacity: 'acting_head',
    });
    // The absent head is not on its chain: it is not theirs to read.
    await approve(t, tk.head, fresh).expect(404);
    fresh = (await approve(t, tk.peer, fresh, 'เห็นควรอนุมัติ').expect(200)).body;
    fresh = (await approve(t, tk.deputy, fresh).expect(200)).body;
    fresh = (await approve(t, tk.director, fresh).expect(200)).body;
    expect(fresh.status).toBe('approved');
    const text = squash(await pdfText(tk.officer, fresh.id));
    expect(text).toContain(squash(`เห็นควรอนุมัติ`));
    expect(text).toContain(squash(`ศึกษานิเทศก์${CAPACITY}`));

    // Still waiting at the acting head when the period ends.
    const late = await draftAndSubmit(t, tk.officer, { subject: 'ขออนุมัติปลายช่วง' });
    expect(holder(late)?.assigneeUsername).toBe(office.username('peer'));

    clock.offsetMs = 8 * DAY;
    // Before the sweep the acting head can no longer act on it.
    await approve(t, tk.peer, await get(tk.officer, late.id)).expect(403);
    expect(await sweep()).toBe(2);
    // `waiting` was first submitted to the head, who is told again when it comes back.
    for (const [id, told] of [
      [waiting.id, 2],
      [late.id, 1],
    ]) {
      expect(holder(await get(tk.officer, id))).toMatchObject({
        assigneeUsername: office.username('head'),
        capacity: 'own',
        capacityLine: '',
      });
      expect(await inbox(tk.head)).toContain(id);
      expect(await notices('head', id)).toBe(told);
    }
    expect(await sweep()).toBe(0);
    const after = await draftAndSubmit(t, tk.officer, { subject: 'ขออนุมัติหลังสิ้นสุด' });
    expect(holder(after)).toMatchObject({
      assigneeUsername: office.username('head'),
      capacity: 'own',
    });
    await approve(t, tk.head, await get(tk.officer, late.id)).expect(200);
  });

  it('gives the steps back at once when the delegation is revoked, and never to their author', async () => {
    const waiting = await draftAndSubmit(t, tk.registrar, { subject: 'ขอจัดซื้อวัสดุ' });
    const byDelegate = await draftAndSubmit(t, tk.officer2, { subject: 'ขอไปราชการ' });
    const given = await give(tk.director, {
      kind: 'acting',
      groupId: office.groupIds.g2,
      delegateUserId: office.userIds.officer2,
      startsAt: new Date(clock.now().getTime() - 1_000).toISOString(),
    }).expect(201);
    expect(holder(await get(tk.registrar, waiting.id))?.assigneeUsername).toBe(
      office.username('officer2'),
    );
    // The acting head's own memo stays with the head.
    expect(holder(await get(tk.officer2, byDelegate.id))?.assigneeUsername).toBe(
      office.username('head2'),
    );
    const ownMemo = await draftAndSubmit(t, tk.officer2, { subject: 'ขอลาพักผ่อน' });
    expect(holder(ownMemo)?.role).toBe('deputy');

    await t
      .http()
      .post(`/api/delegations/${given.body.id}/revoke`)
      .set(bearer(tk.director))
      .expect(201);
    expect(holder(await get(tk.registrar, waiting.id))).toMatchObject({
      assigneeUsername: office.username('head2'),
      capacity: 'own',
    });
  });

  it('checks the delegation again when the acting head acts: ended is refused until the step goes back', async () => {
    // `head` (a group head already) acts for head2's group for a day.
    const startsAt = new Date(clock.now().getTime() - 1_000);
    await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g2,
      delegateUserId: office.userIds.head,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + DAY).toISOString(),
    }).expect(201);
    const memo = await draftAndSubmit(t, tk.registrar, { subject: 'ขอยืมครุภัณฑ์' });
    expect(holder(memo)).toMatchObject({
      assigneeUsername: office.username('head'),
      capacity: 'acting_head',
    });
    clock.offsetMs = 2 * DAY;
    const refused = await approve(t, tk.head, memo).expect(403);
    expect(refused.body.code).toBe('DELEGATION_NOT_IN_FORCE');
    // As the scheduler runs it: every office.
    await t.app.get(DelegationSweep).run(clock.now());
    const back = await get(tk.registrar, memo.id);
    expect(holder(back)?.assigneeUsername).toBe(office.username('head2'));
    await approve(t, tk.head2, back).expect(200);
  });

  it('refuses another office’s group or person (404, nothing told), the head, and an overlap (409)', async () => {
    const period = {
      startsAt: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
      endsAt: new Date(clock.now().getTime() + 37 * DAY).toISOString(),
    };
    const foreign = await give(theirs.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: other.userIds.peer,
      ...period,
    }).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    expect(JSON.stringify(foreign.body)).not.toContain(GROUP);
    const missing = await give(theirs.admin, {
      kind: 'acting',
      groupId: 2_147_483_000,
      delegateUserId: other.userIds.peer,
      ...period,
    }).expect(404);
    expect(missing.body).toMatchObject({ code: foreign.body.code, message: foreign.body.message });
    await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: other.userIds.peer,
      ...period,
    }).expect(404);

    const head = await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.head,
      ...period,
    }).expect(400);
    expect(head.body.code).toBe('DELEGATE_IS_GROUP_HEAD');
    const onBehalf = await give(tk.admin, {
      kind: 'on_behalf',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.peer,
      ...period,
    }).expect(400);
    expect(onBehalf.body.code).toBe('DELEGATION_GROUP_NEEDS_ACTING');

    await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.peer,
      ...period,
    }).expect(201);
    const overlap = await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.officer,
      startsAt: new Date(clock.now().getTime() + 36 * DAY).toISOString(),
    }).expect(409);
    expect(overlap.body.code).toBe('ACTING_HEAD_OVERLAP');
    expect(overlap.body.messageTh).toMatch(/ทับซ้อน/);
    expect(overlap.body.messageEn).toMatch(/acting head/);
    // Right after the period ends is no overlap; nor is the director's own delegation.
    await give(tk.admin, {
      kind: 'acting',
      groupId: office.groupIds.g1,
      delegateUserId: office.userIds.officer,
      startsAt: period.endsAt,
      endsAt: new Date(clock.now().getTime() + 40 * DAY).toISOString(),
    }).expect(201);
  });

  it('gives an acting head on the admin page, listed with the group it acts for', async () => {
    const web = await webSignIn(t, office.username('admin'));
    const page = await t
      .http()
      .get('/admin')
      .set('Cookie', web.cookie)
      .set('Accept', 'text/html')
      .expect(200);
    expect(page.text).toContain('รักษาการ/ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม');
    const form = {
      kind: 'acting_head',
      delegateUserId: String(office.userIds.peer),
      startsAt: '2030-01-01',
      endsAt: '2030-01-07',
    };
    const noGroup = await postForm(t, web, '/admin/delegations', form).expect(400);
    expect(noGroup.text).toContain('กรุณาเลือกกลุ่ม');
    await postForm(t, web, '/admin/delegations', {
      ...form,
      groupId: String(office.groupIds.g2),
    }).expect(303);
    const list = await t.http().get('/api/delegations').set(bearer(tk.admin)).expect(200);
    expect(list.body).toContainEqual(
      expect.objectContaining({
        kind: 'acting',
        groupId: office.groupIds.g2,
        group: 'กลุ่มส่งเสริมการจัดการศึกษา',
        documentKinds: ['memo'],
      }),
    );
    const listed = await t
      .http()
      .get('/admin')
      .set('Cookie', web.cookie)
      .set('Accept', 'text/html')
      .expect(200);
    expect(listed.text).toContain('ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา');
  });
});
