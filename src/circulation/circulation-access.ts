// Who may follow a circulation and who may mark a task done: pure rules, tested apart. Reading
// the memo itself is decided first (canReadMemo): whoever may not read it is told "not found".
import type { Actor } from '../common/auth/actor';
import { may } from '../common/auth/permissions';

/**
 * Who has read a circulated memo: its author, the office's executives (director, deputies) and
 * the head of the author's group.
 */
export function followsCirculation(
  actor: Pick<Actor, 'userId' | 'roles'>,
  memo: { authorUserId: number },
  headOfAuthorGroup: number | null,
): boolean {
  return (
    memo.authorUserId === actor.userId ||
    may(actor.roles, 'followCirculation') ||
    headOfAuthorGroup === actor.userId
  );
}

/** Where the person stands in the office's groups. */
export interface GroupStanding {
  userId: number;
  groupId: number | null;
  headedGroupIds: readonly number[];
}

/**
 * Who may mark a task done: the person it was given to, a member or the head of the group it
 * was given to, and the head of the group of the person it was given to.
 */
export function mayCompleteTask(
  me: GroupStanding,
  task: { userId: number | null; groupId: number | null },
  assigneeGroupId: number | null,
): boolean {
  if (task.userId !== null) {
    return (
      task.userId === me.userId ||
      (assigneeGroupId !== null && me.headedGroupIds.includes(assigneeGroupId))
    );
  }
  return (
    task.groupId !== null &&
    (task.groupId === me.groupId || me.headedGroupIds.includes(task.groupId))
  );
}

/**
 * Who has read a circulated incoming letter: the executives (who endorse, so the one who
 * endorsed it too) and the registry desk that keeps the letter. Reading the letter is decided
 * first (canReadIncoming): a secret letter's desk officer follows it only if on its path.
 */
export const followsLetterCirculation = (actor: Pick<Actor, 'roles'>): boolean =>
  may(actor.roles, 'followCirculation') || may(actor.roles, 'receiveIncoming');
