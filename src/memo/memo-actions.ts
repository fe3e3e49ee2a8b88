import type { Actor } from '../common/auth/actor';
import { decide, MemoAction } from './memo-lifecycle';
import type { MemoStep } from './memo-step.entity';
import type { Memo } from './memo.entity';

const ACTIONS: MemoAction[] = ['edit', 'submit', 'approve', 'return', 'reject', 'withdraw'];

/** What the viewer may do now, so clients show only buttons that will work. */
export function availableActions(actor: Actor, memo: Memo, steps: MemoStep[]): MemoAction[] {
  const relation = {
    isAuthor: memo.authorUserId === actor.userId,
    isCurrentAssignee: memo.status === 'in_review' && memo.currentAssigneeUserId === actor.userId,
  };
  const approvedInRound = steps.filter(
    (s) => s.round === memo.round && s.state === 'approved',
  ).length;
  return ACTIONS.filter((a) => decide(memo.status, a, relation, approvedInRound).allowed);
}
