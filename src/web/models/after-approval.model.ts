// The memo page's part after the decision (and an endorsed letter's): the plan before approval,
// then the acknowledgement button, who has read it (อ่านแล้ว n / N) and the tasks with their
// due days (พ.ศ.).
import type { CirculationService } from '../../circulation/circulation.service';
import type { TaskView } from '../../circulation/task.service';
import type { SubjectKind } from '../../circulation/subject';
import type { OnApprovalPlan } from '../../memo/on-approval';
import { thaiCount, thaiDate, thaiDateTime } from '../format';

type Status = Awaited<ReturnType<CirculationService['status']>>;
type Mine = Awaited<ReturnType<CirculationService['mine']>>;

/** Names to print a plan with: groups by id, people by username. */
export interface PlanNames {
  groups: ReadonlyMap<number, string>;
  people: ReadonlyMap<string, string>;
}

/** A plan in words: "แจ้งเวียนบุคลากรทุกคนเพื่อทราบ", "มอบหมาย กลุ่ม…: งาน (กำหนดเสร็จ …)". */
export function planLines(plan: OnApprovalPlan | null, names: PlanNames): string[] {
  if (!plan) return [];
  const group = (id: number) => names.groups.get(id) ?? `กลุ่มรหัส ${thaiCount(id)}`;
  const person = (u: string) => names.people.get(u) ?? u;
  const c = plan.circulate;
  const circulate = !c
    ? []
    : 'to' in c
      ? ['แจ้งเวียนบุคลากรทุกคนเพื่อทราบ']
      : 'groupIds' in c
        ? [`แจ้งเวียนเพื่อทราบ: ${c.groupIds.map(group).join(', ')}`]
        : [`แจ้งเวียนเพื่อทราบ: ${c.usernames.map(person).join(', ')}`];
  const tasks = (plan.tasks ?? []).map(
    (t) =>
      `มอบหมาย${t.groupId !== undefined ? group(t.groupId) : person(t.username ?? '')}: ` +
      `${t.task} (กำหนดเสร็จ ${thaiDate(new Date(t.dueAt))})`,
  );
  return [...circulate, ...tasks];
}

export interface AfterApprovalParts {
  /** The memo's id, or the letter's (`kind`). */
  memoId: number;
  kind?: SubjectKind;
  approved: boolean;
  /** May remind who has not read it: a memo's author; for a letter, who follows it. */
  isAuthor: boolean;
  plan: OnApprovalPlan | null;
  names: PlanNames;
  mine: Mine;
  status: Status | null;
  tasks: TaskView[];
  now: Date;
}

export function afterApprovalSection(p: AfterApprovalParts) {
  const s = p.status;
  const letter = p.kind === 'incoming';
  const base = letter ? `/incoming/${p.memoId}/circulation` : `/memos/${p.memoId}`;
  const back = { field: letter ? 'letterId' : 'memoId', id: p.memoId };
  return {
    plan: p.approved ? [] : planLines(p.plan, p.names),
    acknowledge: p.mine && {
      action: `${base}/acknowledge`,
      readAt: p.mine.readAt ? thaiDateTime(p.mine.readAt) : '',
    },
    readers: s?.circulated
      ? {
          summary: `อ่านแล้ว ${thaiCount(s.read)} / ${thaiCount(s.total)}`,
          read: s.items
            .filter((i) => i.state === 'read')
            .map((i) => ({ name: i.name, at: thaiDateTime(i.readAt) })),
          unread: s.items.filter((i) => i.state === 'unread').map((i) => i.name),
          remind:
            p.isAuthor && s.unread > 0 ? `${letter ? base : `${base}/circulation`}/remind` : '',
          remindedAt: thaiDateTime(s.remindedAt),
        }
      : null,
    tasks: p.tasks.map((t) => taskRow(t, back, p.now)),
  };
}

export type AfterApprovalSection = ReturnType<typeof afterApprovalSection>;

/** `back`: the hidden field that brings the task's form back to its memo's or letter's page. */
function taskRow(t: TaskView, back: { field: string; id: number }, now: Date) {
  const done = t.state === 'done';
  return {
    id: t.id,
    back,
    task: t.task,
    assignee: t.assignee.name,
    due: thaiDate(t.dueAt),
    overdue: !done && t.dueAt.getTime() < now.getTime(),
    stateLabel: done ? 'เสร็จแล้ว' : 'กำลังดำเนินการ',
    stateClass: done ? 'approved' : 'in_review',
    doneLine: done ? `${t.doneBy?.name ?? ''} ${thaiDateTime(t.doneAt)}`.trim() : '',
    doneNote: t.doneNote,
    doneAction: t.canComplete ? `/tasks/${t.id}/done` : '',
  };
}
