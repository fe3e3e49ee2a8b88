// The notices circulation and tasks send, as outbox events (DispatchNoticePayload's shape, which
// the notice consumers read). Each event is its own aggregate (the circulation, the task), so it
// does not wait behind the approval that is still being delivered to the other consumers.
import { formatThaiDate } from '../common/thai/thai-format';
import type { DispatchNoticePayload } from '../dispatch/dispatch.events';
import { SECRET_DOCUMENT_TITLE } from '../memo/memo-access';
import type { Memo } from '../memo/memo.entity';
import type { NewOutboxEvent } from '../outbox/outbox.types';
import {
  CIRCULATION_REMINDED,
  CIRCULATION_SENT,
  NOTICE_KIND,
  TASK_ASSIGNED,
} from './circulation.events';
import type { MemoTask } from './memo-task.entity';

type NoticeMemo = Pick<Memo, 'id' | 'orgId' | 'subject' | 'secrecy' | 'docNumber'>;

/** What circulation notices carry: a memo's, or a letter's (no memo; its page's path). */
export type CirculationNoticePayload = Omit<DispatchNoticePayload, 'memoId'> & {
  memoId: number | null;
  path?: string;
};

/** A secret memo's subject stays out of notices, which reach e-mail. */
const subjectOf = (memo: NoticeMemo): string =>
  memo.secrecy === 'normal' ? memo.subject : SECRET_DOCUMENT_TITLE;

const numbered = (memo: NoticeMemo): string => (memo.docNumber ? ` ที่ ${memo.docNumber}` : '');

function notice(
  topic: keyof typeof NOTICE_KIND,
  aggregate: { type: string; id: number },
  memo: NoticeMemo,
  notifyUserIds: number[],
  title: string,
  at: Date,
): NewOutboxEvent {
  const payload: DispatchNoticePayload = {
    memoId: memo.id,
    at: at.toISOString(),
    notifyUserIds,
    kind: NOTICE_KIND[topic],
    title: title.slice(0, 500),
  };
  return {
    orgId: memo.orgId,
    topic,
    aggregateType: aggregate.type,
    aggregateId: aggregate.id,
    payload,
  };
}

export const circulatedNotice = (
  memo: NoticeMemo,
  circulationId: number,
  userIds: number[],
  at: Date,
): NewOutboxEvent =>
  notice(
    CIRCULATION_SENT,
    { type: 'circulation', id: circulationId },
    memo,
    userIds,
    `หนังสือเวียนเพื่อทราบ${numbered(memo)}: ${subjectOf(memo)} — กรุณาเปิดอ่านและกดรับทราบ`,
    at,
  );

export const reminderNotice = (
  memo: NoticeMemo,
  circulationId: number,
  userIds: number[],
  at: Date,
): NewOutboxEvent =>
  notice(
    CIRCULATION_REMINDED,
    { type: 'circulation', id: circulationId },
    memo,
    userIds,
    `เตือน: ท่านยังไม่ได้รับทราบหนังสือเวียน${numbered(memo)}: ${subjectOf(memo)}`,
    at,
  );

export function taskNotice(memo: NoticeMemo, task: MemoTask, userId: number, at: Date) {
  const due = `กำหนดเสร็จ ${formatThaiDate(task.dueAt)}`;
  const whose = task.groupId === null ? 'ท่าน' : 'กลุ่มของท่าน';
  const title =
    memo.secrecy === 'normal'
      ? `${whose}ได้รับมอบหมายงาน: ${task.task} (${due}) ตามบันทึก${numbered(memo)} ${memo.subject}`
      : `${whose}ได้รับมอบหมายงานตาม${SECRET_DOCUMENT_TITLE} (${due})`;
  return notice(TASK_ASSIGNED, { type: 'memo_task', id: task.id }, memo, [userId], title, at);
}
