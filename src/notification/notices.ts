import {
  MEMO_APPROVED,
  MEMO_REJECTED,
  MEMO_RETURNED,
  MEMO_STEP_APPROVED,
  MEMO_SUBMITTED,
  MemoEventPayload,
} from '../memo/memo.events';

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
