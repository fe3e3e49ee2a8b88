// What an approval sets up, decided from the plan and the office's people as they are when the
// memo is approved: pure, so the rules are tested without a database.
import type { CirculationAudience, TaskPlan } from '../memo/on-approval';
import type { CirculationAudienceKind } from './circulation.entity';

/** An active person of the office. */
export interface Colleague {
  id: number;
  username: string;
  groupId: number | null;
}

export interface GroupHead {
  id: number;
  headUserId: number | null;
}

export const audienceKind = (a: CirculationAudience): CirculationAudienceKind =>
  'to' in a ? 'all-staff' : 'groupIds' in a ? 'groups' : 'people';

/**
 * Everyone the memo goes to, each once, in id order: all active staff (its author too, who signs
 * like everyone else), the members and heads of the named groups, or the named people. People
 * suspended since the memo was drafted are left out.
 */
export function recipientsOf(
  audience: CirculationAudience,
  staff: readonly Colleague[],
  groups: readonly GroupHead[],
): number[] {
  const active = new Set(staff.map((p) => p.id));
  let ids: number[];
  if ('to' in audience) ids = staff.map((p) => p.id);
  else if ('groupIds' in audience) {
    const named = new Set(audience.groupIds);
    const heads = groups.filter((g) => named.has(g.id)).map((g) => g.headUserId);
    ids = [
      ...staff.filter((p) => p.groupId !== null && named.has(p.groupId)).map((p) => p.id),
      ...heads.filter((id): id is number => id !== null && active.has(id)),
    ];
  } else {
    const named = new Set(audience.usernames);
    ids = staff.filter((p) => named.has(p.username)).map((p) => p.id);
  }
  return [...new Set(ids)].sort((a, b) => a - b);
}

export interface ResolvedTask {
  taskIndex: number;
  groupId: number | null;
  userId: number | null;
  task: string;
  dueAt: Date;
  /** Who is told: the person, or the group's head (nobody when the group has none). */
  notifyUserId: number | null;
}

/**
 * The plan's tasks with their assignees found; a task whose group is gone or whose person was
 * suspended since drafting is left out (`skipped` holds its index).
 */
export function resolveTasks(
  tasks: readonly TaskPlan[],
  staff: readonly Colleague[],
  groups: readonly GroupHead[],
): { tasks: ResolvedTask[]; skipped: number[] } {
  const resolved: ResolvedTask[] = [];
  const skipped: number[] = [];
  tasks.forEach((t, taskIndex) => {
    const base = { taskIndex, task: t.task, dueAt: new Date(t.dueAt) };
    if (t.groupId !== undefined) {
      const group = groups.find((g) => g.id === t.groupId);
      if (!group) return void skipped.push(taskIndex);
      const head = staff.some((p) => p.id === group.headUserId) ? group.headUserId : null;
      resolved.push({ ...base, groupId: group.id, userId: null, notifyUserId: head });
    } else {
      const person = staff.find((p) => p.username === t.username);
      if (!person) return void skipped.push(taskIndex);
      resolved.push({ ...base, groupId: null, userId: person.id, notifyUserId: person.id });
    }
  });
  return { tasks: resolved, skipped };
}
