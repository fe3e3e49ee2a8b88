// Circulation and tasks of an incoming letter (issue 20): the executive's endorsement carries
// `onEndorse`; once it commits, every active person has one unread row, acknowledges once, the
// group's head finishes the task once; secret letters go to named people only and are named by
// their secrecy; another office is told 404; a second delivery changes nothing.
import { AfterEndorseConsumer } from '../../src/circulation/after-endorse.consumer';
import { Circulation, CirculationRecipient } from '../../src/circulation/circulation.entity';
import { MemoTask } from '../../src/circulation/memo-task.entity';
import { Clock } from '../../src/common/clock';
import { bangkokIsoDay } from '../../src/common/thai/bangkok-time';
import { formatDateInputTh } from '../../src/common/thai/date-input';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { IncomingEndorsement } from '../../src/incoming/incoming-endorsement.entity';
import { IncomingLetter } from '../../src/incoming/incoming-letter.entity';
import { INCOMING_ENDORSED } from '../../src/incoming/incoming.events';
import { User } from '../../src/org/user.entity';
import { OutboxEvent } from '../../src/outbox/outbox-event.entity';
import { Reminder } from '../../src/reminders/reminder.entity';
import { ReminderSweep } from '../../src/reminders/reminder-sweep';
import { createTestApp, TestApp } from '../support/app';
import { MovableClock } from '../support/clock';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, LetterJson, receiveAndForward } from '../support/incoming';
import { bearer } from '../support/memos';
import { settleOutbox } from '../support/outbox';
import { postForm, WebSession, webSignIn } from '../support/web-session';

jest.setTimeout(180_000);

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN_GROUP = 'กลุ่มอำนวยการ';
const TASK = 'แจ้งโรงเรียนในสังกัดทราบและรายงานผลภายในกำหนด';
const SECRET_SUBJECT = 'เรื่องลับเฉพาะผู้ได้รับแจ้ง';
const KEYS = [
  'officer',
  'officer2',
  'head',
  'deputy',
  'director',
  'registrar',
  'headAdmin',
  'clerk',
  'admin',
];

interface ToReadItem {
  kind: string;
  memoId: number | null;
  letterId: number | null;
  subject: string;
  state: string;
  readAt: string | null;
}

describe('incoming letters: circulation and tasks from the endorsement', () => {
  const clock = new MovableClock();
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tk: Record<string, string>;
  let their: Record<string, string>;
  let letter: LetterJson;
  let taskId: number;

  const http = () => t.http();
  const dueIn = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  const endorse = (l: LetterJson, onEndorse: object, over: object = {}) =>
    act(t, tk.director, l.id, 'endorse', {
      note: 'ทราบ แจ้งเวียนบุคลากรทุกคน',
      onEndorse,
      version: l.version,
      ...over,
    });
  const forwarded = (over: Record<string, unknown> = {}) =>
    receiveAndForward(t, tk.registrar, office.username('director'), over);
  const rowsOf = (letterId: number) =>
    t.ds.manager.findBy(CirculationRecipient, { incomingLetterId: letterId });
  const toRead = async (key: string): Promise<ToReadItem[]> =>
    (await http().get('/api/circulation?pageSize=100').set(bearer(tk[key])).expect(200)).body
      .items as ToReadItem[];
  const nothingWritten = async (l: LetterJson) => {
    expect(await t.ds.manager.countBy(Circulation, { incomingLetterId: l.id })).toBe(0);
    expect(await t.ds.manager.countBy(CirculationRecipient, { incomingLetterId: l.id })).toBe(0);
    expect(await t.ds.manager.countBy(MemoTask, { incomingLetterId: l.id })).toBe(0);
    expect(
      await t.ds.manager.countBy(IncomingEndorsement, { letterId: l.id, kind: 'endorse' }),
    ).toBe(0);
    const row = await t.ds.manager.findOneByOrFail(IncomingLetter, { id: l.id });
    expect([row.status, row.version]).toEqual(['forwarded', l.version]);
  };

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock));
    office = await createOffice(t, (spec) => {
      const person = spec.people.find((p) => p.key === 'officer')!;
      const like = (key: string, roles: typeof person.roles, heads = false) => ({
        ...person,
        key,
        username: `${spec.code}.${key}`,
        firstName: `ทดสอบ${key}`,
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
        like('headAdmin', ['group_head', 'officer'], true),
        like('clerk', ['officer']),
      );
      return spec;
    });
    other = await createOffice(t);
    tk = await loginAll(t, office, KEYS);
    their = await loginAll(t, other, ['officer', 'head', 'director', 'registrar']);
    // A colleague who left: not active, so not circulated to.
    await http()
      .patch(`/api/users/${office.userIds.peer}`)
      .set(bearer(tk.admin))
      .send({ active: false })
      .expect(200);
    letter = await forwarded();
  });
  afterAll(() => t.close());

  it('refuses a plan naming another office, a past due time, both assignees, or with a forward', async () => {
    const task = { task: TASK, dueAt: dueIn(3 * DAY) };
    const foreign = await endorse(letter, { tasks: [{ ...task, groupId: other.groupIds.g1 }] });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'ON_APPROVAL_UNKNOWN_GROUP']);
    expect(foreign.body).toMatchObject({
      messageTh: expect.any(String),
      messageEn: expect.any(String),
    });
    const person = await endorse(letter, { circulate: { usernames: [other.username('officer')] } });
    expect([person.status, person.body.code]).toEqual([400, 'ON_APPROVAL_UNKNOWN_USER']);
    const past = await endorse(letter, {
      tasks: [{ ...task, groupId: office.groupIds.admin, dueAt: dueIn(-HOUR) }],
    });
    expect([past.status, past.body.code]).toEqual([400, 'ON_APPROVAL_DUE_PASSED']);
    const both = { ...task, groupId: office.groupIds.admin, username: office.username('clerk') };
    const twice = await endorse(letter, { tasks: [both] });
    expect([twice.status, twice.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const neither = await endorse(letter, { tasks: [task] });
    expect([neither.status, neither.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const onward = await endorse(
      letter,
      { circulate: { to: 'all-staff' } },
      { forwardToUsername: office.username('deputy') },
    );
    expect([onward.status, onward.body.code]).toEqual([400, 'ON_ENDORSE_WITH_FORWARD']);
    await nothingWritten(letter);
  });

  it('gives every active person one unread row and the group its task once the endorsement commits', async () => {
    // Not on the letter's path yet: the clerk may not read it.
    await http().get(`/api/incoming/${letter.id}`).set(bearer(tk.clerk)).expect(404);
    const res = await endorse(letter, {
      circulate: { to: 'all-staff' },
      tasks: [{ groupId: office.groupIds.admin, task: TASK, dueAt: dueIn(3 * DAY) }],
    }).expect(200);
    expect((res.body as LetterJson).status).toBe('done');
    await settleOutbox(t, office.orgId);
    const active = await t.ds.manager.findBy(User, { orgId: office.orgId, active: true });
    const rows = await rowsOf(letter.id);
    expect(rows.map((r) => r.userId).sort((a, b) => a - b)).toEqual(
      active.map((u) => u.id).sort((a, b) => a - b),
    );
    expect(rows.every((r) => r.readAt === null && r.memoId === null)).toBe(true);
    expect(rows.map((r) => r.userId)).not.toContain(office.userIds.peer);
    const task = await t.ds.manager.findOneByOrFail(MemoTask, { incomingLetterId: letter.id });
    expect(task).toMatchObject({ groupId: office.groupIds.admin, memoId: null, state: 'open' });
    taskId = task.id;
    // A recipient may now read the letter, and finds it in the to-read list as a letter.
    await http().get(`/api/incoming/${letter.id}`).set(bearer(tk.clerk)).expect(200);
    expect((await toRead('clerk')).find((i) => i.letterId === letter.id)).toMatchObject({
      kind: 'incoming',
      memoId: null,
      subject: letter.subject,
      state: 'unread',
    });
    const notices = await http().get('/api/notifications').set(bearer(tk.clerk)).expect(200);
    const titles = (notices.body.items as Array<{ kind: string; title: string }>)
      .filter((n) => n.kind === 'memo.circulated')
      .map((n) => n.title);
    expect(titles).toEqual([expect.stringContaining(letter.subject)]);
  });

  it('changes nothing when the endorsement is delivered again', async () => {
    const before = (await rowsOf(letter.id)).length;
    const event = await t.ds.manager.findOneByOrFail(OutboxEvent, {
      orgId: office.orgId,
      topic: INCOMING_ENDORSED,
      aggregateId: letter.id,
    });
    // The consumer alone, as a second delivery that missed the first's record would run it.
    const runner = t.app.get(TransactionRunner);
    const commit = async (effect?: Parameters<TransactionRunner['run']>[0]) => {
      if (effect) await runner.run(effect);
    };
    await t.app.get(AfterEndorseConsumer).handle(event, commit);
    expect((await rowsOf(letter.id)).length).toBe(before);
    expect(await t.ds.manager.countBy(MemoTask, { incomingLetterId: letter.id })).toBe(1);
    expect(await t.ds.manager.countBy(Circulation, { incomingLetterId: letter.id })).toBe(1);
  });

  it('keeps the first acknowledgement when a recipient acknowledges twice', async () => {
    const path = `/api/incoming/${letter.id}/circulation/acknowledge`;
    const first = await http().post(path).set(bearer(tk.clerk)).expect(200);
    expect(first.body).toMatchObject({ letterId: letter.id, state: 'read' });
    clock.offsetMs += 60_000;
    const second = await http().post(path).set(bearer(tk.clerk)).expect(200);
    expect(second.body.readAt).toBe(first.body.readAt);
    const rows = await t.ds.manager.findBy(CirculationRecipient, {
      incomingLetterId: letter.id,
      userId: office.userIds.clerk,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].readAt?.toISOString()).toBe(first.body.readAt);
    expect((await toRead('clerk')).find((i) => i.letterId === letter.id)).toMatchObject({
      state: 'read',
      readAt: first.body.readAt,
    });
  });

  it('shows who has read it to the executives and the registry desk only', async () => {
    for (const who of ['director', 'deputy', 'registrar']) {
      const res = await http().get(`/api/incoming/${letter.id}/circulation`).set(bearer(tk[who]));
      expect([who, res.status]).toEqual([who, 200]);
      expect(res.body.read).toBe(1);
      expect(res.body.items).toContainEqual(
        expect.objectContaining({
          username: office.username('clerk'),
          state: 'read',
          readAt: expect.any(String),
        }),
      );
    }
    for (const who of ['clerk', 'headAdmin', 'officer']) {
      const res = await http().get(`/api/incoming/${letter.id}/circulation`).set(bearer(tk[who]));
      expect([who, res.status, res.body.code]).toEqual([who, 403, 'FORBIDDEN']);
    }
  });

  it('answers 404 to another office on every new route', async () => {
    const base = `/api/incoming/${letter.id}`;
    const calls = [
      http().get(`${base}/circulation`).set(bearer(their.director)),
      http().get(`${base}/circulation`).set(bearer(their.registrar)),
      http().post(`${base}/circulation/acknowledge`).set(bearer(their.officer)),
      http().post(`${base}/circulation/remind`).set(bearer(their.director)),
      http().post(`/api/tasks/${taskId}/done`).set(bearer(their.head)).send({ note: 'x' }),
    ];
    for (const res of await Promise.all(calls))
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    for (const res of await Promise.all([
      http().get('/api/tasks').set(bearer(their.head)),
      http().get('/api/circulation').set(bearer(their.officer)),
    ]))
      expect(res.body.items).toEqual([]);
  });

  it('lists the letter’s task for the group and its head; done once, the second time 409', async () => {
    const listed = async (key: string) =>
      (
        (await http().get('/api/tasks').set(bearer(tk[key])).expect(200)).body.items as Array<{
          id: number;
          kind: string;
          letterId: number | null;
        }>
      ).find((i) => i.id === taskId);
    expect(await listed('headAdmin')).toMatchObject({ kind: 'incoming', letterId: letter.id });
    expect(await listed('clerk')).toBeDefined();
    expect(await listed('officer2')).toBeUndefined();
    const refused = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.officer2))
      .send({ note: 'x' });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const done = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.headAdmin))
      .send({ note: 'แจ้งโรงเรียนแล้ว' })
      .expect(200);
    expect(done.body).toMatchObject({
      id: taskId,
      kind: 'incoming',
      letterId: letter.id,
      state: 'done',
      doneNote: 'แจ้งโรงเรียนแล้ว',
      assignee: { groupId: office.groupIds.admin, name: ADMIN_GROUP },
    });
    const again = await http()
      .post(`/api/tasks/${taskId}/done`)
      .set(bearer(tk.clerk))
      .send({ note: 'ซ้ำ' });
    expect([again.status, again.body.code]).toEqual([409, 'TASK_ALREADY_DONE']);
    expect(await t.ds.manager.findOneByOrFail(MemoTask, { id: taskId })).toMatchObject({
      state: 'done',
      doneNote: 'แจ้งโรงเรียนแล้ว',
      doneByUserId: office.userIds.headAdmin,
    });
  });

  it('reminds who has not acknowledged, at most once an hour', async () => {
    const waiting = (await rowsOf(letter.id)).filter(
      (r) => r.readAt === null && r.userId !== office.userIds.director,
    );
    const path = `/api/incoming/${letter.id}/circulation/remind`;
    const byClerk = await http().post(path).set(bearer(tk.clerk));
    expect([byClerk.status, byClerk.body.code]).toEqual([403, 'FORBIDDEN']);
    const reminded = await http().post(path).set(bearer(tk.director)).expect(200);
    expect(reminded.body).toEqual({ reminded: waiting.length });
    const soon = await http().post(path).set(bearer(tk.registrar));
    expect([soon.status, soon.body.code]).toEqual([429, 'CIRCULATION_REMIND_TOO_SOON']);
    clock.offsetMs += HOUR;
    await http().post(path).set(bearer(tk.registrar)).expect(200);
  });

  it('refuses circulating a secret letter to all staff or a group, and names it by its secrecy', async () => {
    const secret = await forwarded({ secrecy: 'ลับ', subject: SECRET_SUBJECT });
    const events = () => t.ds.manager.countBy(OutboxEvent, { orgId: office.orgId });
    const before = await events();
    const all = await endorse(secret, { circulate: { to: 'all-staff' } });
    expect([all.status, all.body.code]).toEqual([400, 'ON_APPROVAL_SECRET_NAMES_ONLY']);
    expect(all.body).toMatchObject({
      messageTh: expect.any(String),
      messageEn: expect.any(String),
    });
    const group = await endorse(secret, {
      tasks: [{ groupId: office.groupIds.admin, task: TASK, dueAt: dueIn(DAY) }],
    });
    expect([group.status, group.body.code]).toEqual([400, 'ON_APPROVAL_SECRET_NAMES_ONLY']);
    await nothingWritten(secret);
    expect(await events()).toBe(before);

    await endorse(secret, { circulate: { usernames: [office.username('clerk')] } }).expect(200);
    await settleOutbox(t, office.orgId);
    expect((await rowsOf(secret.id)).map((r) => r.userId)).toEqual([office.userIds.clerk]);
    await http().get(`/api/incoming/${secret.id}`).set(bearer(tk.clerk)).expect(200);
    await http().get(`/api/incoming/${secret.id}`).set(bearer(tk.officer2)).expect(404);
    const item = (await toRead('clerk')).find((i) => i.letterId === secret.id);
    expect(item).toMatchObject({ kind: 'incoming', subject: 'หนังสือลับ' });
    const notices = await http().get('/api/notifications').set(bearer(tk.clerk)).expect(200);
    expect(JSON.stringify(notices.body)).not.toContain(SECRET_SUBJECT);
    const ack = `/api/incoming/${secret.id}/circulation/acknowledge`;
    await http().post(ack).set(bearer(tk.clerk)).expect(200);
    const stranger = await http().post(ack).set(bearer(tk.officer2));
    expect([stranger.status, stranger.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('endorses with a plan on the web; the letter page shows รับทราบ, อ่านแล้ว n / N and the task', async () => {
    const page = (who: WebSession, path: string) =>
      http().get(path).set('Cookie', who.cookie).set('Accept', 'text/html').expect(200);
    const l = await forwarded({ subject: 'ขอความร่วมมือประชาสัมพันธ์โครงการ' });
    const director = await webSignIn(t, office.username('director'));
    const form = await page(director, `/incoming/${l.id}`);
    expect(form.text).toContain('แจ้งเวียนและมอบหมายงาน');
    expect(form.text).toContain(`<option value="${office.groupIds.admin}">${ADMIN_GROUP}</option>`);
    const day = bangkokIsoDay(new Date(clock.now().getTime() + 3 * DAY));
    const fields = {
      note: 'ทราบ แจ้งเวียนบุคลากรทุกคน',
      circulate: 'all-staff',
      taskGroupId: String(office.groupIds.admin),
      taskText: TASK,
      taskDueAt: formatDateInputTh(day),
      version: String(l.version),
    };
    const half = await postForm(t, director, `/incoming/${l.id}/endorse`, {
      ...fields,
      taskDueAt: '',
    });
    expect(half.status).toBe(400);
    expect(half.text).toContain('งานที่มอบหมาย: กรุณาเลือกกลุ่ม');
    await postForm(t, director, `/incoming/${l.id}/endorse`, fields).expect(303);
    await settleOutbox(t, office.orgId);
    const total = (await rowsOf(l.id)).length;
    expect(total).toBeGreaterThan(1);

    const clerk = await webSignIn(t, office.username('clerk'));
    expect((await page(clerk, `/incoming/${l.id}`)).text).toContain('>รับทราบ</button>');
    const ack = await postForm(t, clerk, `/incoming/${l.id}/circulation/acknowledge`, {});
    expect(ack.status).toBe(303);
    expect(ack.headers.location).toBe(`/incoming/${l.id}?done=circulation-acknowledge`);
    expect((await page(clerk, `/incoming/${l.id}`)).text).toContain('ท่านรับทราบแล้วเมื่อ');
    expect((await page(clerk, '/circulation')).text).toContain(`href="/incoming/${l.id}"`);

    const view = (await page(director, `/incoming/${l.id}`)).text;
    expect(view).toContain(`อ่านแล้ว ${thaiNumeral(1)} / ${thaiNumeral(total)}`);
    expect(view).toContain('เตือนผู้ที่ยังไม่รับทราบ');
    expect(view).toContain(TASK);
    expect((await page(clerk, `/incoming/${l.id}`)).text).not.toContain('อ่านแล้ว ');

    const headAdmin = await webSignIn(t, office.username('headAdmin'));
    const task = await t.ds.manager.findOneByOrFail(MemoTask, { incomingLetterId: l.id });
    expect((await page(headAdmin, `/incoming/${l.id}`)).text).toContain(
      `action="/tasks/${task.id}/done"`,
    );
    const done = await postForm(t, headAdmin, `/tasks/${task.id}/done`, {
      letterId: String(l.id),
      note: 'ดำเนินการแล้ว',
    });
    expect(done.headers.location).toBe(`/incoming/${l.id}?done=task-done`);
    const twice = await postForm(t, headAdmin, `/tasks/${task.id}/done`, {
      letterId: String(l.id),
    });
    expect(twice.headers.location).toBe(`/incoming/${l.id}?done=task-already-done`);
  });

  it('reminds a letter’s task to its person once past due, then the overseeing deputy', async () => {
    const l = await forwarded({ subject: 'ขอให้รายงานข้อมูลนักเรียน' });
    const task = { username: office.username('clerk'), task: TASK, dueAt: dueIn(DAY) };
    await endorse(l, { tasks: [task] }).expect(200);
    await settleOutbox(t, office.orgId);
    const row = await t.ds.manager.findOneByOrFail(MemoTask, { incomingLetterId: l.id });
    const sent = () =>
      t.ds.manager.findBy(Reminder, {
        orgId: office.orgId,
        subjectType: 'task',
        subjectId: row.id,
      });
    clock.offsetMs += 2 * DAY;
    await t.app.get(ReminderSweep).run(clock.now());
    await t.app.get(ReminderSweep).run(clock.now());
    await settleOutbox(t, office.orgId);
    expect((await sent()).map((r) => [r.userId, r.kind]).sort()).toEqual(
      [
        [office.userIds.clerk, 'task.overdue'],
        [office.userIds.deputy2, 'task.escalated'],
      ].sort(),
    );
    const notices = await http().get('/api/notifications').set(bearer(tk.clerk)).expect(200);
    expect(
      (notices.body.items as Array<{ kind: string; title: string }>).filter(
        (n) => n.kind === 'task.overdue' && n.title.includes(TASK),
      ),
    ).toHaveLength(1);
  });
});
