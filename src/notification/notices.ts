import {
  MEMO_APPROVED,
  MEMO_REASSIGNED,
  MEMO_REJECTED,
  MEMO_RETURNED,
  MEMO_STEP_APPROVED,
  MEMO_SUBMITTED,
  MemoEventPayload,
} from '../memo/memo.events';
import {
  INCOMING_ASSIGNED,
  INCOMING_TOPICS,
  IncomingEventPayload,
} from '../incoming/incoming.events';
import type { OutboxMessage } from '../outbox/outbox.types';
import { REMINDER_DUE, type ReminderPayload } from '../reminders/reminder.events';
import { DISPATCH_NOTICE_TOPICS } from '../dispatch/dispatch.events';
import type { CirculationNoticePayload } from '../circulation/notices';
import { CIRCULATION_NOTICE_TOPICS } from '../circulation/circulation.events';

/** Events whose payload names the people to tell, the kind and the title (DispatchNoticePayload). */
const PEOPLE_NOTICE_TOPICS: readonly string[] = [
  ...DISPATCH_NOTICE_TOPICS,
  ...CIRCULATION_NOTICE_TOPICS,
];

export interface NoticeSpec {
  userId: number;
  kind: string;
  title: string;
}

/** Who is told what about a workflow event; nobody is told of their own action. */
export function noticeOf(topic: string, e: MemoEventPayload): NoticeSpec | null {
  const spec = specOf(topic, e);
  if (!spec || spec.userId === e.actorUserId) return null;
  return { ...spec, title: spec.title.slice(0, 500) };
}

function specOf(topic: string, e: MemoEventPayload): NoticeSpec | null {
  switch (topic) {
    case MEMO_SUBMITTED:
    case MEMO_STEP_APPROVED:
    case MEMO_REASSIGNED:
      if (e.nextAssigneeUserId === undefined) return null;
      return {
        userId: e.nextAssigneeUserId,
        kind: 'memo.waiting',
        title: `มีบันทึกรอท่านพิจารณา: ${e.subject}`,
      };
    case MEMO_RETURNED:
      return {
        userId: e.authorUserId,
        kind: 'memo.returned',
        title: `บันทึกถูกส่งกลับแก้ไข: ${e.subject} — ${e.note ?? ''}`,
      };
    case MEMO_REJECTED:
      return {
        userId: e.authorUserId,
        kind: 'memo.rejected',
        title: `บันทึกไม่ได้รับอนุมัติ: ${e.subject} — ${e.note ?? ''}`,
      };
    case MEMO_APPROVED: {
      const number = e.documents?.find((d) => d.documentType === 'memo')?.number ?? '';
      return {
        userId: e.authorUserId,
        kind: 'memo.approved',
        title: `บันทึกได้รับอนุมัติแล้ว ที่ ${number}: ${e.subject}`,
      };
    }
    default:
      return null;
  }
}

/** Who is told what about an incoming letter; nobody is told of their own action. */
export function incomingNotices(topic: string, e: IncomingEventPayload): NoticeSpec[] {
  const assigned = topic === INCOMING_ASSIGNED;
  const title = assigned
    ? `ท่านได้รับมอบหมายหนังสือรับ เลขรับ ${e.receiveNumber}: ${e.subject}`
    : `มีหนังสือรับรอท่านดำเนินการ เลขรับ ${e.receiveNumber}: ${e.subject}`;
  return e.notifyUserIds
    .filter((userId) => userId !== e.actorUserId)
    .map((userId) => ({
      userId,
      kind: assigned ? 'incoming.assigned' : 'incoming.waiting',
      title: title.slice(0, 500),
    }));
}

/** A notice of an outbox event, with the memo it concerns and the page it opens. */
export interface EventNotice extends NoticeSpec {
  memoId: number | null;
  path: string;
  at: Date;
}

/** The notices an event of any kind (memo, incoming letter) makes. */
export function noticesOfEvent(m: OutboxMessage): EventNotice[] {
  if (m.topic === REMINDER_DUE) {
    const r = m.payload as unknown as ReminderPayload;
    return [
      {
        userId: r.userId,
        kind: r.kind,
        title: r.title,
        memoId: r.memoId,
        path: r.path,
        at: new Date(r.at),
      },
    ];
  }
  if (PEOPLE_NOTICE_TOPICS.includes(m.topic)) {
    // A letter's circulation notice names no memo and carries its page's path.
    const e = m.payload as unknown as CirculationNoticePayload;
    const path = e.path ?? `/memos/${e.memoId}`;
    const at = new Date(e.at);
    return e.notifyUserIds.map((userId) => ({
      userId,
      kind: e.kind,
      title: e.title,
      memoId: e.memoId,
      path,
      at,
    }));
  }
  if ((INCOMING_TOPICS as readonly string[]).includes(m.topic)) {
    const e = m.payload as unknown as IncomingEventPayload;
    const at = new Date(e.at);
    return incomingNotices(m.topic, e).map((n) => ({ ...n, memoId: null, path: '/inbox', at }));
  }
  const e = m.payload as unknown as MemoEventPayload;
  const spec = noticeOf(m.topic, e);
  const path = `/memos/${e.memoId}`;
  return spec ? [{ ...spec, memoId: e.memoId, path, at: new Date(e.at) }] : [];
}
