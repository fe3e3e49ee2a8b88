// Issue 20: reminders before and after ด่วนภายใน, escalation of a step waiting longer than the
// office's working days (weekends and holidays skipped), a daily digest — each sent exactly once,
// also when two schedulers run at the same moment.
import { Clock } from '../../src/common/clock';
import { ReminderSweep } from '../../src/reminders/reminder-sweep';
import { REMINDER_DUE } from '../../src/reminders/reminder.events';
import { workingDaysSince } from '../../src/reminders/working-days';
import { createTestApp, TestApp } from '../support/app';
import { MovableClock } from '../support/clock';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('reminders and escalation', () => {
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
    tk = await loginAll(t, office, ['officer', 'head', 'deputy', 'director', 'admin']);
    theirs = await loginAll(t, other, ['admin']);
  });
  afterAll(() => t.close());
  afterEach(() => (clock.offsetMs = 0));

  /** Two schedulers at the same moment, as two instances would run them. */
  const sweepTwice = async () => {
    const sweep = t.app.get(ReminderSweep);
    await Promise.all([sweep.run(clock.now()), sweep.run(clock.now())]);
    // Whichever scheduler wrote a notice delivered it: none is left waiting for the outbox sweep.
    const [left] = await t.ds.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM outbox_event WHERE topic = ? AND completed_at IS NULL',
      [REMINDER_DUE],
    );
    expect(Number(left.n)).toBe(0);
  };

  const notices = async (userKey: string, kind: string, memoId: number | null) => {
    const rows = await t.ds.query<Array<{ n: number | string }>>(
      `SELECT COUNT(*) AS n FROM notification WHERE user_id = ? AND kind = ?${memoId === null ? '' : ' AND memo_id = ?'}`,
      [office.userIds[userKey], kind, ...(memoId === null ? [] : [memoId])],
    );
    return Number(rows[0].n);
  };

  const taskCount = async (memoId: number) => {
    const rows = await t.ds.query<Array<{ n: number | string }>>(
      "SELECT COUNT(*) AS n FROM memo_task WHERE memo_id = ? AND state = 'open'",
      [memoId],
    );
    return Number(rows[0].n);
  };

  const waitFor = async (done: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100));
  };

  const waitingSince = async (memo: MemoJson): Promise<Date> => {
    const [row] = await t.ds.query<Array<{ at: string | Date }>>(
      "SELECT activated_at AS at FROM memo_step WHERE memo_id = ? AND state = 'pending' ORDER BY step_order LIMIT 1",
      [memo.id],
    );
    return row.at instanceof Date ? row.at : new Date(`${row.at.replace(' ', 'T')}Z`);
  };

  it('reminds the approver of an urgent memo a day before and once past its deadline, once each', async () => {
    const urgentBy = new Date(Date.now() + 2 * DAY).toISOString();
    const memo = await draftAndSubmit(t, tk.officer, { urgency: 'urgent', urgentBy });
    await sweepTwice();
    expect(await notices('head', 'memo.urgent', memo.id)).toBe(0);

    clock.offsetMs = 1.5 * DAY;
    await sweepTwice();
    await sweepTwice();
    expect(await notices('head', 'memo.urgent', memo.id)).toBe(1);
    expect(await notices('head', 'memo.overdue', memo.id)).toBe(0);

    clock.offsetMs = 2.5 * DAY;
    await sweepTwice();
    expect(await notices('head', 'memo.overdue', memo.id)).toBe(1);
    expect(await notices('head', 'memo.urgent', memo.id)).toBe(1);
  });

  it("escalates a step waiting the office's working days to the overseeing deputy, once", async () => {
    await t
      .http()
      .put('/api/reminders/settings')
      .set(bearer(tk.admin))
      .send({ escalateAfterDays: 2 })
      .expect(200);
    const memo = await draftAndSubmit(t, tk.officer, { subject: 'ขออนุมัติเดินทางไปราชการ' });
    const since = await waitingSince(memo);
    // A holiday on the first working day after submission: it must not count.
    const holiday = firstWorkingDayAfter(since);
    await t
      .http()
      .post('/api/holidays')
      .set(bearer(tk.admin))
      .send({ day: holiday, name: 'วันหยุดทดสอบ' })
      .expect(201);
    const holidays = new Set([holiday]);
    const days = (offset: number) =>
      workingDaysSince(since, new Date(since.getTime() + offset), holidays);
    let offset = 0;
    while (days(offset + HOUR) < 2) offset += HOUR;
    // Without the holiday it would have escalated a working day earlier.
    expect(
      workingDaysSince(since, new Date(since.getTime() + offset), new Set()),
    ).toBeGreaterThanOrEqual(2);

    clock.offsetMs = since.getTime() + offset - Date.now();
    await sweepTwice();
    expect(await notices('deputy', 'memo.escalated', memo.id)).toBe(0);

    clock.offsetMs = since.getTime() + offset + HOUR - Date.now();
    await sweepTwice();
    clock.offsetMs += 3 * DAY;
    await sweepTwice();
    expect(await notices('deputy', 'memo.escalated', memo.id)).toBe(1);
    expect(await notices('head', 'memo.escalated', memo.id)).toBe(0);
  });

  it('names a secret memo only by its secrecy: reminders travel by e-mail and LINE, and may reach a deputy off its path', async () => {
    const subject = 'ขอความเห็นชอบเรื่องทางวินัยของบุคลากร';
    const urgentBy = new Date(Date.now() + 2 * DAY).toISOString();
    const memo = await draftAndSubmit(t, tk.officer, {
      subject,
      secrecy: 'confidential',
      urgency: 'urgent',
      urgentBy,
    });
    clock.offsetMs = 1.5 * DAY;
    await sweepTwice();
    const [row] = await t.ds.query<Array<{ title: string }>>(
      "SELECT title FROM notification WHERE user_id = ? AND kind = 'memo.urgent' AND memo_id = ?",
      [office.userIds.head, memo.id],
    );
    expect(row.title).toContain('หนังสือลับ');
    expect(row.title).not.toContain(subject);
  });

  it('sends each person one digest a day of what waits on them', async () => {
    await draftAndSubmit(t, tk.officer, { subject: 'ขอความเห็นชอบแผนปฏิบัติการ' });
    const before = await notices('head', 'digest', null);
    clock.offsetMs = bangkok8amAMonthOn() - Date.now();
    await sweepTwice();
    await sweepTwice();
    expect(await notices('head', 'digest', null)).toBe(before + 1);
    clock.offsetMs += DAY;
    await sweepTwice();
    expect(await notices('head', 'digest', null)).toBe(before + 2);
  });

  it('reminds the group head of an open task past its due date and tells the overseeing deputy, once', async () => {
    const dueAt = new Date(Date.now() + 3 * DAY).toISOString();
    const tasks = [{ groupId: office.groupIds.g2, task: 'จัดทำรายงานผลการประชุม', dueAt }];
    let memo = await draftAndSubmit(t, tk.officer, { onApproval: { tasks } });
    for (const key of ['head', 'deputy', 'director'])
      memo = (await approve(t, tk[key], memo).expect(200)).body as MemoJson;
    expect(memo.status).toBe('approved');
    await waitFor(async () => (await taskCount(memo.id)) === 1);

    clock.offsetMs = 2.5 * DAY;
    await sweepTwice();
    expect(await notices('head2', 'task.due', memo.id)).toBe(1);
    expect(await notices('deputy2', 'task.escalated', memo.id)).toBe(0);

    clock.offsetMs = 3.5 * DAY;
    await sweepTwice();
    await sweepTwice();
    expect(await notices('head2', 'task.overdue', memo.id)).toBe(1);
    expect(await notices('deputy2', 'task.escalated', memo.id)).toBe(1);
    expect(await notices('deputy', 'task.escalated', memo.id)).toBe(0);
  });

  it('keeps holidays per office: validated, unique, admin only, invisible to others', async () => {
    const http = t.http();
    await http
      .post('/api/holidays')
      .set(bearer(tk.admin))
      .send({ day: '2569-12-10', name: 'x' })
      .expect(400);
    await http
      .post('/api/holidays')
      .set(bearer(tk.officer))
      .send({ day: '2026-12-31', name: 'วันสิ้นปี' })
      .expect(403);
    const created = await http
      .post('/api/holidays')
      .set(bearer(tk.admin))
      .send({ day: '2026-12-31', name: 'วันสิ้นปี' })
      .expect(201);
    const again = await http
      .post('/api/holidays')
      .set(bearer(tk.admin))
      .send({ day: '2026-12-31', name: 'ซ้ำ' })
      .expect(409);
    expect(again.body.code).toBe('HOLIDAY_EXISTS');
    const listed = await http.get('/api/holidays?year=2026').set(bearer(tk.officer)).expect(200);
    expect(listed.body.items.map((h: { day: string }) => h.day)).toContain('2026-12-31');
    const theirList = await http.get('/api/holidays').set(bearer(theirs.admin)).expect(200);
    expect(theirList.body.items).toEqual([]);
    await http.delete(`/api/holidays/${created.body.id}`).set(bearer(theirs.admin)).expect(404);
    await http.delete(`/api/holidays/${created.body.id}`).set(bearer(tk.admin)).expect(204);
    await http
      .put('/api/reminders/settings')
      .set(bearer(tk.admin))
      .send({ escalateAfterDays: 0 })
      .expect(400);
  });
});

/** The ISO day (Bangkok) of the first Monday–Friday after `date`. */
function firstWorkingDayAfter(date: Date): string {
  for (let d = 1; ; d++) {
    const day = new Date(date.getTime() + 7 * HOUR + d * DAY);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day.toISOString().slice(0, 10);
  }
}

/** 08:00 in Bangkok on the next day. */
/** 08:00 in Bangkok, 30 days on: past the days the other cases move the clock to. */
function bangkok8amAMonthOn(): number {
  const bangkokNow = new Date(Date.now() + 7 * HOUR);
  const day = new Date(bangkokNow.getTime() + 30 * DAY).toISOString().slice(0, 10);
  return Date.parse(`${day}T08:00:00+07:00`);
}
