// After the decision (issue 20): a memo circulated to all staff with a task for กลุ่มอำนวยการ
// due in three days is approved; every active person gets one unread row, acknowledges once;
// the group's head finishes the task once; the author reminds only who has not read it.
import { settleOutbox } from '../support/outbox';
import { Clock } from '../../src/common/clock';
import { AfterApprovalSetup } from '../../src/circulation/after-approval.setup';
import { CirculationRecipient } from '../../src/circulation/circulation.entity';
import { MemoTask } from '../../src/circulation/memo-task.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { Memo } from '../../src/memo/memo.entity';
import { User } from '../../src/org/user.entity';
import { bangkokEndOfDay, bangkokIsoDay } from '../../src/common/thai/bangkok-time';
import { formatDateInput, formatDateInputTh } from '../../src/common/thai/date-input';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import { createTestApp, TestApp } from '../support/app';
import { postForm, WebSession, webSignIn } from '../support/web-session';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';

jest.setTimeout(180_000);

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The demo office's group (src/seed/demo-office.ts), added to the test office. */
const ADMIN_GROUP = 'กลุ่มอำนวยการ';
const TASK = 'จัดทำประกาศเจตจำนงสุจริตเผยแพร่บนเว็บไซต์สำนักงาน';

/** The real clock, moved forward when a test needs an hour to pass. */
class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const KEYS = [
  'officer',
  'officer2',
  'head',
  'head2',
  'deputy',
  'deputy2',
  'director',
  'headAdmin',
  'clerk',
  'admin',
];

describe('circulation with read receipts, and tasks', () => {
  const clock = new MovableClock();
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tk: Record<string, string>;
  let their: Record<string, string>;
  let memo: MemoJson;
  let taskId: number;

  const http = () => t.http();
  const dueIn = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

  const settle = (orgId: number) => settleOutbox(t, orgId);

  const approveAll = async (submitted: MemoJson): Promise<MemoJson> => {
    let current = submitted;
    for (const step of submitted.steps) {
      const key = KEYS.find((k) => office.username(k) === step.assigneeUsername)!;
      current = (await approve(t, tk[key], current).expect(200)).body as MemoJson;
    }
    expect(current.status).toBe('approved');
    await settle(office.orgId);
    return current;
  };

  const noticesOf = async (key: string, kind: string) =>
    (
      (await http().get('/api/notifications?pageSize=100').set(bearer(tk[key])).expect(200)).body
        .items as Array<{ kind: string; memoId: number; title: string }>
    ).filter((n) => n.kind === kind);

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock));
    office = await createOffice(t, (spec) => {
      const person = spec.people.find((p) => p.key === 'officer')!;
      const like = (key: string, position: string, roles: typeof person.roles, heads = false) => ({
        ...person,
        key,
        username: `${spec.code}.${key}`,
        firstName: `ทดสอบ${key}`,
        position,
        roles,
        group: 'admin',
        heads,
      });
      spec.groups.push({
        key: 'admin',
        name: ADMIN_GROUP,
        shortName: ADMIN_GROUP,
        phone: '0',
        deputy: 'deputy2',
      });
      spec.people.push(
        like('headAdmin', `ผู้อำนวยการ${ADMIN_GROUP}`, ['group_head', 'officer'], true),
        like('clerk', 'เจ้าพนักงานธุรการ', ['officer']),
      );
      return spec;
    });
    other = await createOffice(t);
    tk = await loginAll(t, office, KEYS);
    their = await loginAll(t, other, ['officer', 'head', 'director']);
    // A colleague who left: not active, so not circulated to.
    await http()
      .patch(`/api/users/${office.userIds.peer}`)
      .set(bearer(tk.admin))
      .send({ active: false })
      .expect(200);
  });
  afterAll(() => t.close());

  it('refuses a plan naming another office’s group or person, a past due time, both assignees', async () => {
    const draft = (onApproval: object, over: object = {}) =>
      http()
        .post('/api/memos')
        .set(bearer(tk.officer))
        .send(memoBody({ onApproval, ...over }));
    const task = { task: TASK, dueAt: dueIn(3 * DAY) };
    const foreignGroup = await draft({ tasks: [{ ...task, groupId: other.groupIds.g1 }] }).expect(
      400,
    );
    expect(foreignGroup.body).toMatchObject({
      code: 'ON_APPROVAL_UNKNOWN_GROUP',
      messageTh: expect.any(String),
      messageEn: expect.any(String),
    });
    const foreignUser = await draft({ circulate: { usernames: [other.username('officer')] } });
    expect(foreignUser.status).toBe(400);
    expect(foreignUser.body.code).toBe('ON_APPROVAL_UNKNOWN_USER');
    // Answered alike for a name that exists nowhere: nothing tells the offices apart.
    const nobody = await draft({ circulate: { usernames: ['no-such-person'] } }).expect(400);
    expect(nobody.body.message).toEqual(foreignUser.body.message);
    const gone = await draft({ circulate: { usernames: [office.username('peer')] } }).expect(400);
    expect(gone.body.code).toBe('ON_APPROVAL_UNKNOWN_USER');
    const past = await draft({
      tasks: [{ ...task, groupId: office.groupIds.admin, dueAt: dueIn(-HOUR) }],
    });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('ON_APPROVAL_DUE_PASSED');
    const both = { ...task, groupId: office.groupIds.admin, username: office.username('clerk') };
    expect((await draft({ tasks: [both] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await draft({ tasks: [task] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const twoAudiences = { to: 'all-staff', usernames: [office.username('clerk')] };
    await draft({ circulate: twoAudiences }).expect(400);
    await draft({ circulate: { to: 'everyone' } }).expect(400);
    const secret = await draft({ circulate: { to: 'all-staff' } }, { secrecy: 'confidential' });
    expect(secret.status).toBe(400);
    expect(secret.body.code).toBe('ON_APPROVAL_SECRET_NAMES_ONLY');
    expect(await t.ds.manager.countBy(Memo, { orgId: office.orgId })).toBe(0);
  });

  it('keeps the plan on a draft, shows it, and lets the author change it', async () => {
    const created = await http()
      .post('/api/memos')
      .set(bearer(tk.officer))
      .send(memoBody({ onApproval: { circulate: { to: 'all-staff' } } }))
      .expect(201);
    expect(created.body.onApproval).toEqual({ circulate: { to: 'all-staff' } });
    const dueAt = dueIn(3 * DAY);
    const patched = await http()
      .patch(`/api/memos/${created.body.id}`)
      .set(bearer(tk.officer))
      .send({
        version: created.body.version,
        onApproval: { tasks: [{ username: office.username('clerk'), task: TASK, dueAt }] },
      })
      .expect(200);
    expect(patched.body.onApproval).toEqual({
      tasks: [{ username: office.username('clerk'), task: TASK, dueAt }],
    });
    const cleared = await http()
      .patch(`/api/memos/${created.body.id}`)
      .set(bearer(tk.officer))
      .send({ version: patched.body.version, onApproval: null })
      .expect(200);
    expect(cleared.body.onApproval).toBeNull();
  });

  it('gives every active person of the office one unread row when the memo is approved', async () => {
    const submitted = await draftAndSubmit(t, tk.officer, {
      subject: 'ขอแจ้งเวียนประกาศเจตจำนงสุจริตในการบริหารงาน',
      onApproval: {
        circulate: { to: 'all-staff' },
        tasks: [{ groupId: office.groupIds.admin, task: TASK, dueAt: dueIn(3 * DAY) }],
      },
    });
    memo = await approveAll(submitted);
    const active = await t.ds.manager.findBy(User, { orgId: office.orgId, active: true });
    const rows = await t.ds.manager.findBy(CirculationRecipient, { memoId: memo.id });
    expect(rows.map((r) => r.userId).sort((a, b) => a - b)).toEqual(
      active.map((u) => u.id).sort((a, b) => a - b),
    );
    expect(rows.every((r) => r.readAt === null && r.orgId === office.orgId)).toBe(true);
    expect(rows.map((r) => r.userId)).not.toContain(office.userIds.peer);
    const status = await http()
      .get(`/api/memos/${memo.id}/circulation`)
      .set(bearer(tk.officer))
      .expect(200);
    expect(status.body).toMatchObject({ total: active.length, read: 0, unread: active.length });
    expect(status.body.items[0]).toEqual({
      username: expect.any(String),
      name: expect.any(String),
      state: 'unread',
      readAt: null,
    });
    // Everyone but the author is told (the author knows of it already).
    expect(await noticesOf('clerk', 'memo.circulated')).toHaveLength(1);
    expect(await noticesOf('officer', 'memo.circulated')).toHaveLength(0);
    const task = await t.ds.manager.findOneByOrFail(MemoTask, { memoId: memo.id });
    expect(task).toMatchObject({ groupId: office.groupIds.admin, userId: null, state: 'open' });
    taskId = task.id;
    const assigned = await noticesOf('headAdmin', 'task.assigned');
    expect(assigned.map((n) => n.memoId)).toEqual([memo.id]);
  });

  it('changes nothing when the approval is delivered again', async () => {
    const before = await t.ds.manager.countBy(CirculationRecipient, { memoId: memo.id });
    const row = await t.ds.manager.findOneByOrFail(Memo, { id: memo.id });
    // The effect alone, as a second delivery that missed the first's record would run it.
    await expect(
      t.app
        .get(TransactionRunner)
        .run((tx) => t.app.get(AfterApprovalSetup).execute(tx, row, row.onApproval!, new Date())),
    ).rejects.toThrow();
    expect(await t.ds.manager.countBy(CirculationRecipient, { memoId: memo.id })).toBe(before);
    expect(await t.ds.manager.countBy(MemoTask, { memoId: memo.id })).toBe(1);
  });

  it('keeps the first acknowledgement when a recipient acknowledges twice', async () => {
    const first = await http()
      .post(`/api/memos/${memo.id}/acknowledge`)
      .set(bearer(tk.officer2))
      .expect(200);
    expect(first.body).toMatchObject({ memoId: memo.id, state: 'read' });
    clock.offsetMs += 60_000;
    const second = await http()
      .post(`/api/memos/${memo.id}/acknowledge`)
      .set(bearer(tk.officer2))
      .expect(200);
    expect(second.body.readAt).toBe(first.body.readAt);
    const rows = await t.ds.manager.findBy(CirculationRecipient, {
      memoId: memo.id,
      userId: office.userIds.officer2,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].readAt?.toISOString()).toBe(first.body.readAt);
    const mine = await http().get('/api/circulation').set(bearer(tk.officer2)).expect(200);
    expect(mine.body.items.find((i: { memoId: number }) => i.memoId === memo.id)).toMatchObject({
      state: 'read',
      readAt: first.body.readAt,
    });
    const unread = await http().get('/api/circulation?state=unread').set(bearer(tk.clerk));
    expect(unread.body.items.map((i: { memoId: number }) => i.memoId)).toContain(memo.id);
  });

  it('shows who has read it to the author and executives only', async () => {
    for (const who of ['officer', 'director', 'deputy', 'head']) {
      const res = await http().get(`/api/memos/${memo.id}/circulation`).set(bearer(tk[who]));
      expect([who, res.status]).toEqual([who, 200]);
      expect(res.body.read).toBe(1);
    }
    for (const who of ['headAdmin', 'officer2', 'clerk']) {
      const res = await http().get(`/api/memos/${memo.id}/circulation`).set(bearer(tk[who]));
      expect([who, res.status, res.body.code]).toEqual([who, 403, 'FORBIDDEN']);
    }
  });

  it('answers 404 to another office on every circulation and task route', async () => {
    const calls = [
      http().get(`/api/memos/${memo.id}/circulation`).set(bearer(their.director)),
      http().post(`/api/memos/${memo.id}/acknowledge`).set(bearer(their.officer)),
      http().post(`/api/memos/${memo.id}/circulation/remind`).set(bearer(their.officer)),
      http().post(`/api/tasks/${taskId}/done`).set(bearer(their.head)).send({ note: 'x' }),
    ];
    for (const res of await Promise.all(calls))
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    const lists = await Promise.all([
      http().get('/api/tasks').set(bearer(their.head)),
      http().get('/api/circulation').set(bearer(their.officer)),
    ]);
    for (const res of lists) expect(res.body.items).toEqual([]);
  });

  it('answers 403 to a colleague it was not circulated to, 404 to one who may not read it', async () => {
    const named = await approveAll(
      await draftAndSubmit(t, tk.officer, {
        subject: 'แจ้งเฉพาะบุคคล',
        onApproval: { circulate: { usernames: [office.username('clerk')] } },
      }),
    );
    const res = await http().post(`/api/memos/${named.id}/acknowledge`).set(bearer(tk.officer2));
    expect([res.status, res.body.code]).toEqual([403, 'CIRCULATION_NOT_RECIPIENT']);
    // A secret memo reaches the named people only, who are made its readers.
    const secret = await approveAll(
      await draftAndSubmit(t, tk.officer, {
        subject: 'เรื่องลับแจ้งเฉพาะบุคคล',
        secrecy: 'confidential',
        onApproval: { circulate: { usernames: [office.username('clerk')] } },
      }),
    );
    await http().get(`/api/memos/${secret.id}`).set(bearer(tk.clerk)).expect(200);
    await http().post(`/api/memos/${secret.id}/acknowledge`).set(bearer(tk.clerk)).expect(200);
    // Named by its secrecy only in the clerk's to-read list (shown on phones, beside others).
    const listed = await http().get('/api/circulation').set(bearer(tk.clerk)).expect(200);
    expect(listed.body.items.find((i: { memoId: number }) => i.memoId === secret.id)).toMatchObject(
      { subject: 'หนังสือลับ', secrecy: 'confidential' },
    );
    const hidden = await http()
      .post(`/api/memos/${secret.id}/acknowledge`)
      .set(bearer(tk.officer2));
    expect([hidden.status, hidden.body.code]).toEqual([404, 'NOT_FOUND']);
    const list = await http().get('/api/circulation').set(bearer(tk.officer2)).expect(200);
    expect(list.body.items.map((i: { memoId: number }) => i.memoId)).not.toContain(secret.id);
  });

  it('lists the task for the group and its head; done once, the second time 409', async () => {
    const has = async (key: string) =>
      (
        (await http().get('/api/tasks').set(bearer(tk[key])).expect(200)).body.items as Array<{
          id: number;
        }>
      ).some((i) => i.id === taskId);
    expect(await has('headAdmin')).toBe(true);
    expect(await has('clerk')).toBe(true);
    expect(await has('officer2')).toBe(false);
    const refused = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.officer2))
      .send({ note: 'x' });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const done = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.headAdmin))
      .send({ note: 'เผยแพร่บนเว็บไซต์แล้ว' })
      .expect(200);
    expect(done.body).toMatchObject({
      id: taskId,
      state: 'done',
      doneNote: 'เผยแพร่บนเว็บไซต์แล้ว',
      assignee: { groupId: office.groupIds.admin, name: ADMIN_GROUP },
      doneBy: { username: office.username('headAdmin') },
    });
    const again = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.clerk))
      .send({ note: 'ซ้ำ' });
    expect([again.status, again.body.code]).toEqual([409, 'TASK_ALREADY_DONE']);
    const open = await http().get('/api/tasks?state=open').set(bearer(tk.headAdmin)).expect(200);
    expect(open.body.items.map((i: { id: number }) => i.id)).not.toContain(taskId);
    const row = await t.ds.manager.findOneByOrFail(MemoTask, { id: taskId });
    expect(row).toMatchObject({
      doneNote: 'เผยแพร่บนเว็บไซต์แล้ว',
      doneByUserId: office.userIds.headAdmin,
    });
  });

  it('reminds only who has not acknowledged, at most once an hour', async () => {
    const rows = await t.ds.manager.findBy(CirculationRecipient, { memoId: memo.id });
    // Not the one who acknowledged, nor the author reminding.
    const waiting = rows.filter((r) => r.readAt === null && r.userId !== office.userIds.officer);
    expect(waiting.length).toBe(rows.length - 2);
    const byOther = await http()
      .post(`/api/memos/${memo.id}/circulation/remind`)
      .set(bearer(tk.director));
    expect([byOther.status, byOther.body.code]).toEqual([403, 'FORBIDDEN']);
    const reminded = await http()
      .post(`/api/memos/${memo.id}/circulation/remind`)
      .set(bearer(tk.officer))
      .expect(200);
    expect(reminded.body).toEqual({ reminded: waiting.length });
    await settle(office.orgId);
    expect(await noticesOf('clerk', 'memo.circulation-reminder')).toHaveLength(1);
    expect(await noticesOf('officer2', 'memo.circulation-reminder')).toHaveLength(0);
    const soon = await http()
      .post(`/api/memos/${memo.id}/circulation/remind`)
      .set(bearer(tk.officer));
    expect(soon.status).toBe(429);
    expect(soon.body).toMatchObject({
      code: 'CIRCULATION_REMIND_TOO_SOON',
      messageTh: expect.any(String),
      messageEn: expect.any(String),
    });
    clock.offsetMs += HOUR;
    await http()
      .post(`/api/memos/${memo.id}/circulation/remind`)
      .set(bearer(tk.officer))
      .expect(200);
  });

  it('drafts the plan on the web; the memo page shows รับทราบ, อ่านแล้ว n / N and the task', async () => {
    const page = (who: WebSession, path: string) =>
      http().get(path).set('Cookie', who.cookie).set('Accept', 'text/html').expect(200);
    const officer = await webSignIn(t, office.username('officer'));
    const blank = await page(officer, '/memos/new');
    expect(blank.text).toContain('<legend>เมื่ออนุมัติแล้ว</legend>');
    expect(blank.text).toContain(
      `<option value="${office.groupIds.admin}">${ADMIN_GROUP}</option>`,
    );
    const day = bangkokIsoDay(new Date(clock.now().getTime() + 3 * DAY));
    const fields = {
      subject: 'ขอแจ้งเวียนมาตรการป้องกันการทุจริต',
      to: 'ผู้อำนวยการ',
      paragraphs: ['ข้อเสนอ เห็นควรแจ้งเวียนบุคลากรทุกคนทราบ'],
      circulate: 'all-staff',
      taskGroupId: String(office.groupIds.admin),
      taskText: TASK,
      taskDueAt: formatDateInputTh(day),
      intent: 'save',
    };
    const half = await postForm(t, officer, '/memos', {
      ...fields,
      taskGroupId: '',
      taskDueAt: '',
    });
    expect(half.status).toBe(400);
    expect(half.text).toContain('งานที่มอบหมายเมื่ออนุมัติ');
    const yesterday = formatDateInputTh(bangkokIsoDay(new Date(clock.now().getTime() - DAY)));
    const past = await postForm(t, officer, '/memos', { ...fields, taskDueAt: yesterday });
    expect(past.status).toBe(400);
    expect(past.text).toContain('วันกำหนดเสร็จของงานที่มอบหมายต้องเป็นเวลาในอนาคต');
    const saved = await postForm(t, officer, '/memos', fields).expect(303);
    const id = Number(/\/memos\/(\d+)/.exec(saved.headers.location)![1]);
    const draft = await http().get(`/api/memos/${id}`).set(bearer(tk.officer)).expect(200);
    expect(draft.body.onApproval).toEqual({
      circulate: { to: 'all-staff' },
      tasks: [
        { groupId: office.groupIds.admin, task: TASK, dueAt: bangkokEndOfDay(day).toISOString() },
      ],
    });
    // Shown again as saved on the edit form, and as words on the memo page before approval.
    expect((await page(officer, `/memos/${id}/edit`)).text).toContain(
      `value="${formatDateInput(day)}"`,
    );
    expect((await page(officer, `/memos/${id}`)).text).toContain('แจ้งเวียนบุคลากรทุกคนเพื่อทราบ');
    const submitted = await http().post(`/api/memos/${id}/submit`).set(bearer(tk.officer)).send({});
    const approved = await approveAll(submitted.body as MemoJson);

    const clerk = await webSignIn(t, office.username('clerk'));
    expect((await page(clerk, `/memos/${id}`)).text).toContain('>รับทราบ</button>');
    const ack = await postForm(t, clerk, `/memos/${id}/acknowledge`, {}).expect(303);
    expect(ack.headers.location).toBe(`/memos/${id}?done=acknowledge`);
    expect((await page(clerk, `/memos/${id}`)).text).toContain('ท่านรับทราบแล้วเมื่อ');
    const toRead = await page(clerk, '/circulation');
    expect(toRead.text).toContain(fields.subject);
    expect(toRead.text).toContain(TASK);

    const total = await t.ds.manager.countBy(CirculationRecipient, { memoId: approved.id });
    const authorView = await page(officer, `/memos/${id}`);
    expect(authorView.text).toContain(`อ่านแล้ว ${thaiNumeral(1)} / ${thaiNumeral(total)}`);
    expect(authorView.text).toContain('เตือนผู้ที่ยังไม่รับทราบ');
    expect((await page(clerk, `/memos/${id}`)).text).not.toContain('อ่านแล้ว ');

    const headAdmin = await webSignIn(t, office.username('headAdmin'));
    const task = await t.ds.manager.findOneByOrFail(MemoTask, { memoId: id });
    expect((await page(headAdmin, `/memos/${id}`)).text).toContain(
      `action="/tasks/${task.id}/done"`,
    );
    const done = await postForm(t, headAdmin, `/tasks/${task.id}/done`, {
      memoId: String(id),
      note: 'ดำเนินการแล้ว',
    }).expect(303);
    expect(done.headers.location).toBe(`/memos/${id}?done=task-done`);
    const twice = await postForm(t, headAdmin, `/tasks/${task.id}/done`, { memoId: String(id) });
    expect(twice.headers.location).toBe(`/memos/${id}?done=task-already-done`);
    expect(await t.ds.manager.findOneByOrFail(MemoTask, { id: task.id })).toMatchObject({
      state: 'done',
      doneNote: 'ดำเนินการแล้ว',
    });
  });
});
