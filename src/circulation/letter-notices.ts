// The notices of a letter's circulation and tasks, as outbox events in the shape the notice
// consumers read (CirculationNoticePayload): no memo, the letter's page as the path. A secret
// letter is named by its secrecy only (letterTitle): notices reach e-mail and LINE.
import { formatThaiDate } from '../common/thai/thai-format';
import type { IncomingLetter } from '../incoming/incoming-letter.entity';
import type { NewOutboxEvent } from '../outbox/outbox.types';
import {
  CIRCULATION_REMINDED,
  CIRCULATION_SENT,
  NOTICE_KIND,
  TASK_ASSIGNED,
} from './circulation.events';
import type { MemoTask } from './memo-task.entity';
import type { CirculationNoticePayload } from './notices';
import { letterTitle, receiveNumberOf } from './shown-subject';

export type NoticeLetter = Pick<
  IncomingLetter,
  'id' | 'orgId' | 'subject' | 'secrecy' | 'receiveNumber' | 'year'
>;

function notice(
  topic: keyof typeof NOTICE_KIND,
  aggregate: { type: string; id: number },
  letter: NoticeLetter,
  notifyUserIds: number[],
  title: string,
  at: Date,
): NewOutboxEvent {
  const payload: CirculationNoticePayload = {
    memoId: null,
    path: `/incoming/${letter.id}`,
    at: at.toISOString(),
    notifyUserIds,
    kind: NOTICE_KIND[topic],
    title: title.slice(0, 500),
  };
  return {
    orgId: letter.orgId,
    topic,
    aggregateType: aggregate.type,
    aggregateId: aggregate.id,
    payload,
  };
}

const named = (l: NoticeLetter) => `หนังสือรับ เลขรับ ${receiveNumberOf(l)}: ${letterTitle(l)}`;

export const letterCirculatedNotice = (
  letter: NoticeLetter,
  circulationId: number,
  userIds: number[],
  at: Date,
): NewOutboxEvent =>
  notice(
    CIRCULATION_SENT,
    { type: 'circulation', id: circulationId },
    letter,
    userIds,
    `แจ้งเวียนเพื่อทราบ ${named(letter)} — กรุณาเปิดอ่านและกดรับทราบ`,
    at,
  );

export const letterReminderNotice = (
  letter: NoticeLetter,
  circulationId: number,
  userIds: number[],
  at: Date,
): NewOutboxEvent =>
  notice(
    CIRCULATION_REMINDED,
    { type: 'circulation', id: circulationId },
    letter,
    userIds,
    `เตือน: ท่านยังไม่ได้รับทราบ${named(letter)}`,
    at,
  );

export function letterTaskNotice(letter: NoticeLetter, task: MemoTask, userId: number, at: Date) {
  const due = `กำหนดเสร็จ ${formatThaiDate(task.dueAt)}`;
  const whose = task.groupId === null ? 'ท่าน' : 'กลุ่มของท่าน';
  const what = letter.secrecy === 'normal' ? `${task.task} ` : '';
  const title = `${whose}ได้รับมอบหมายงาน: ${what}(${due}) ตาม${named(letter)}`;
  return notice(TASK_ASSIGNED, { type: 'memo_task', id: task.id }, letter, [userId], title, at);
}
