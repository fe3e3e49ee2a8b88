// The drafting form's "เมื่ออนุมัติแล้ว" part: circulate to all staff or not, and one task for a
// group. A plan set through the API that this form cannot show is kept as it is.
import { bangkokEndOfDay, bangkokIsoDay } from '../../common/thai/bangkok-time';
import type { MemoView } from '../../memo/memo.views';
import type { OnApprovalPlan } from '../../memo/on-approval';
import type { UserView } from '../../org/org.views';
import type { OnApprovalFormFields } from '../dto/on-approval-form.dto';
import { planLines } from './after-approval.model';

/** The form's four fields, on the drafting form and on the letter page's endorse form. */
export type PlanFormFields = Pick<
  OnApprovalFormFields,
  'circulate' | 'taskGroupId' | 'taskText' | 'taskDueAt'
>;

export interface OnApprovalValues {
  circulate: string;
  taskGroupId: number | null;
  taskText: string;
  /** ISO day, as the date field shows it back. */
  taskDueAt: string;
}

export const blankPlan = (): OnApprovalValues => ({
  circulate: 'none',
  taskGroupId: null,
  taskText: '',
  taskDueAt: '',
});

/** All staff or nobody, and at most one task, for a group: what the form can show. */
export const formShows = (plan: OnApprovalPlan | null | undefined): boolean =>
  !plan ||
  ((!plan.circulate || 'to' in plan.circulate) &&
    (plan.tasks ?? []).length <= 1 &&
    (plan.tasks ?? []).every((t) => t.groupId !== undefined));

export const planValuesOf = (form: PlanFormFields): OnApprovalValues => ({
  circulate: form.circulate,
  taskGroupId: form.taskGroupId ?? null,
  taskText: form.taskText,
  taskDueAt: form.taskDueAt ?? '',
});

export function planValuesOfMemo(plan: OnApprovalPlan | null): OnApprovalValues {
  if (!plan || !formShows(plan)) return blankPlan();
  const task = plan.tasks?.[0];
  return {
    circulate: plan.circulate ? 'all-staff' : 'none',
    taskGroupId: task?.groupId ?? null,
    taskText: task?.task ?? '',
    taskDueAt: task ? bangkokIsoDay(new Date(task.dueAt)) : '',
  };
}

/**
 * The API's `onApproval` the form describes: null when nothing is asked, undefined (unchanged)
 * when the saved plan is one the form cannot show. A task row half filled is sent as it is,
 * for the API's rules to refuse. A task is due at the end of its day, Bangkok time.
 */
export function planInput(form: PlanFormFields, saved?: OnApprovalPlan | null) {
  if (!formShows(saved)) return undefined;
  const text = form.taskText.trim();
  const hasTask = form.taskGroupId !== undefined || text !== '' || form.taskDueAt !== undefined;
  if (form.circulate !== 'all-staff' && !hasTask) return null;
  return {
    ...(form.circulate === 'all-staff' && { circulate: { to: 'all-staff' } }),
    ...(hasTask && {
      tasks: [
        {
          groupId: form.taskGroupId,
          task: text,
          dueAt: form.taskDueAt ? bangkokEndOfDay(form.taskDueAt) : undefined,
        },
      ],
    }),
  };
}

export interface PlanChoices {
  /** The saved plan, in words, when the form cannot show it (it is kept). */
  kept: string[];
  circulateChoices: Array<{ value: string; label: string; selected: boolean }>;
  groups: Array<{ id: number; name: string; selected: boolean }>;
}

/** The choices the form offers: the office's groups that have active people. */
export function planChoices(
  values: OnApprovalValues,
  people: readonly UserView[],
  view?: MemoView,
): PlanChoices {
  const groups = new Map<number, string>();
  for (const u of people) if (u.active && u.groupId && u.group) groups.set(u.groupId, u.group);
  const saved = view?.onApproval ?? null;
  const names = { groups, people: new Map(people.map((u) => [u.username, u.name])) };
  return {
    kept: formShows(saved) ? [] : planLines(saved, names),
    circulateChoices: [
      { value: 'none', label: 'ไม่เวียน', selected: values.circulate !== 'all-staff' },
      { value: 'all-staff', label: 'บุคลากรทุกคน', selected: values.circulate === 'all-staff' },
    ],
    groups: [...groups].map(([id, name]) => ({ id, name, selected: id === values.taskGroupId })),
  };
}
