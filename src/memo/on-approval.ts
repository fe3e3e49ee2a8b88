// What a memo asks for once it is approved (DESIGN.md "After the decision"): whom it is
// circulated to for acknowledgement, and the tasks it assigns. Stored on the memo as given
// (ids and usernames, resolved to people when the memo is approved).

/** All staff of the office, some of its groups, or named people. */
export type CirculationAudience =
  { to: 'all-staff' } | { groupIds: number[] } | { usernames: string[] };

/** A task for a group or for one person (exactly one of the two), due at an ISO time. */
export interface TaskPlan {
  groupId?: number;
  username?: string;
  task: string;
  /** ISO 8601. */
  dueAt: string;
}

export interface OnApprovalPlan {
  circulate?: CirculationAudience;
  tasks?: TaskPlan[];
}

/** The request's `onApproval` as stored: dates as ISO text, nothing empty kept. */
export interface OnApprovalInput {
  circulate?: { to?: 'all-staff'; groupIds?: number[]; usernames?: string[] };
  tasks?: Array<{ groupId?: number; username?: string; task: string; dueAt: Date }>;
}

export function planOf(input: OnApprovalInput | null | undefined): OnApprovalPlan | null {
  if (!input) return null;
  const circulate = audienceOf(input.circulate);
  const tasks = (input.tasks ?? []).map((t) => ({
    ...(t.groupId !== undefined ? { groupId: t.groupId } : { username: t.username ?? '' }),
    task: t.task.trim(),
    dueAt: t.dueAt.toISOString(),
  }));
  if (!circulate && tasks.length === 0) return null;
  return { ...(circulate && { circulate }), ...(tasks.length > 0 && { tasks }) };
}

function audienceOf(c: OnApprovalInput['circulate']): CirculationAudience | undefined {
  if (!c) return undefined;
  if (c.to === 'all-staff') return { to: 'all-staff' };
  if (c.groupIds) return { groupIds: [...new Set(c.groupIds)] };
  if (c.usernames) return { usernames: [...new Set(c.usernames.map((u) => u.trim()))] };
  return undefined;
}

/** Group ids and usernames a plan names, each once. */
export function namedIn(plan: OnApprovalPlan): { groupIds: number[]; usernames: string[] } {
  const c = plan.circulate;
  const tasks = plan.tasks ?? [];
  const groupIds = [
    ...(c && 'groupIds' in c ? c.groupIds : []),
    ...tasks.flatMap((t) => (t.groupId !== undefined ? [t.groupId] : [])),
  ];
  const usernames = [
    ...(c && 'usernames' in c ? c.usernames : []),
    ...tasks.flatMap((t) => (t.username !== undefined ? [t.username] : [])),
  ];
  return { groupIds: [...new Set(groupIds)], usernames: [...new Set(usernames)] };
}

/**
 * A secret memo is circulated and assigned to named people only: "all staff" or a group would
 * reach people nobody chose to let read it.
 */
export const namesOnlyPeople = (plan: OnApprovalPlan): boolean =>
  !(plan.circulate && !('usernames' in plan.circulate)) &&
  (plan.tasks ?? []).every((t) => t.groupId === undefined);
