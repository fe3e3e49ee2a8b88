import { bangkokIsoDay, bangkokWallClock } from '../common/thai/bangkok-time';
import { formatThaiShortDate, formatThaiTime, thaiNumeral } from '../common/thai/thai-format';
import type { OpenTask, WaitingStep } from './reminder.repository';
import type { ReminderSubject } from './reminder.entity';
import { workingDaysSince } from './working-days';

/** Before an urgent memo's deadline (ด่วนภายใน), its approver is reminded this long ahead. */
export const URGENT_NOTICE_MS = 24 * 3_600_000;
/** The daily digest goes out from this Bangkok hour on. */
export const DIGEST_HOUR = 7;

/** One reminder the scheduler is to send (once: the key is unique in the database). */
export interface PlannedReminder {
  orgId: number;
  userId: number;
  kind:
    | 'memo.urgent'
    | 'memo.overdue'
    | 'memo.escalated'
    | 'task.due'
    | 'task.overdue'
    | 'task.escalated'
    | 'digest';
  subjectType: ReminderSubject;
  subjectId: number;
  stage: string;
  title: string;
  memoId: number | null;
  path: string;
}

export interface OfficeContext {
  holidays: ReadonlySet<string>;
  directorUserId: number | null;
}

const when = (d: Date) => `${formatThaiShortDate(d)} ${formatThaiTime(d)} น.`;

/** What a step waiting at `now` calls for: a reminder of its deadline, an escalation. */
export function stepReminders(s: WaitingStep, now: Date, office: OfficeContext): PlannedReminder[] {
  const base = {
    orgId: s.orgId,
    subjectType: 'memo_step' as const,
    subjectId: s.stepId,
    memoId: s.memoId,
    path: `/memos/${s.memoId}`,
  };
  const planned: PlannedReminder[] = [];
  if (s.urgentBy && now >= s.urgentBy) {
    const title = `เลยกำหนดด่วนภายใน ${when(s.urgentBy)} แล้ว: ${s.subject}`;
    planned.push({
      ...base,
      userId: s.assigneeUserId,
      kind: 'memo.overdue',
      stage: 'after',
      title,
    });
  } else if (s.urgentBy && now.getTime() >= s.urgentBy.getTime() - URGENT_NOTICE_MS) {
    const title = `บันทึกด่วนภายใน ${when(s.urgentBy)} รอท่านพิจารณา: ${s.subject}`;
    planned.push({
      ...base,
      userId: s.assigneeUserId,
      kind: 'memo.urgent',
      stage: 'before',
      title,
    });
  }
  const waited = workingDaysSince(s.waitingSince, now, office.holidays);
  const target = escalationTarget(s, office.directorUserId);
  if (waited >= s.escalateAfterDays && target !== null) {
    const title = `บันทึกรอการพิจารณาเกิน ${thaiNumeral(s.escalateAfterDays)} วันทำการ: ${s.subject}`;
    planned.push({ ...base, userId: target, kind: 'memo.escalated', stage: 'escalate', title });
  }
  return planned;
}

/**
 * What an open task calls for: its assignee (the person, or the group's head) reminded a day
 * before it is due and once past it, and then the overseeing deputy told.
 */
export function taskReminders(t: OpenTask, now: Date, office: OfficeContext): PlannedReminder[] {
  const base = {
    orgId: t.orgId,
    subjectType: 'task' as const,
    subjectId: t.taskId,
    memoId: t.memoId,
    path: t.letterId !== null ? `/incoming/${t.letterId}` : `/memos/${t.memoId}`,
  };
  const planned: PlannedReminder[] = [];
  const due = when(t.dueAt);
  const assignee = t.assigneeUserId;
  if (now >= t.dueAt) {
    if (assignee !== null) {
      const title = `งานเลยกำหนด ${due}: ${t.task}`;
      planned.push({ ...base, userId: assignee, kind: 'task.overdue', stage: 'after', title });
    }
    const target = escalationTarget(
      { ...t, assigneeUserId: assignee ?? -1 },
      office.directorUserId,
    );
    if (target !== null) {
      const title = `งานที่มอบหมายเลยกำหนด ${due} ยังไม่เสร็จ: ${t.task}`;
      planned.push({ ...base, userId: target, kind: 'task.escalated', stage: 'escalate', title });
    }
  } else if (assignee !== null && now.getTime() >= t.dueAt.getTime() - URGENT_NOTICE_MS) {
    const title = `งานครบกำหนด ${due}: ${t.task}`;
    planned.push({ ...base, userId: assignee, kind: 'task.due', stage: 'before', title });
  }
  return planned;
}

/** The overseeing deputy, or the director when it waits on that deputy; none above. */
function escalationTarget(
  s: { deputyUserId: number | null; assigneeUserId: number },
  directorUserId: number | null,
): number | null {
  if (s.deputyUserId !== null && s.deputyUserId !== s.assigneeUserId) return s.deputyUserId;
  if (directorUserId !== null && directorUserId !== s.assigneeUserId) return directorUserId;
  return null;
}

/** One digest a Bangkok day, from DIGEST_HOUR, to each person something waits on. */
export function digests(waiting: Iterable<WaitingCount>, now: Date): PlannedReminder[] {
  if (Number(bangkokWallClock(now).slice(11, 13)) < DIGEST_HOUR) return [];
  const day = bangkokIsoDay(now);
  return [...waiting].map((c) => ({
    orgId: c.orgId,
    userId: c.userId,
    kind: 'digest',
    subjectType: 'person',
    subjectId: c.userId,
    stage: day,
    title: `สรุปประจำวัน: มีบันทึกรอท่านพิจารณา ${thaiNumeral(c.n)} เรื่อง`,
    memoId: null,
    path: '/inbox',
  }));
}

/** How many steps wait on one person: what their digest says. */
export interface WaitingCount {
  orgId: number;
  userId: number;
  n: number;
}

/** Adds a page of waiting steps to the counts per person (the sweep reads steps in pages). */
export function countWaiting(counts: Map<string, WaitingCount>, steps: readonly WaitingStep[]) {
  for (const s of steps) {
    const key = `${s.orgId}/${s.assigneeUserId}`;
    const c = counts.get(key) ?? { orgId: s.orgId, userId: s.assigneeUserId, n: 0 };
    c.n++;
    counts.set(key, c);
  }
}
