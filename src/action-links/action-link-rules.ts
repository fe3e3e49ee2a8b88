import type { MemoStep } from '../memo/memo-step.entity';
import type { Memo } from '../memo/memo.entity';
import type { ActionLink } from './action-link.entity';

type MemoState = Pick<
  Memo,
  'status' | 'round' | 'currentStepOrder' | 'currentAssigneeUserId' | 'version' | 'secrecy'
>;
type StepState = Pick<MemoStep, 'id' | 'round' | 'stepOrder' | 'state' | 'assigneeUserId'>;

/**
 * The step that waits on this person now, if a link may be offered for it. A secret or
 * confidential memo gets none: a link is a credential that shows the memo without signing in,
 * and e-mail is forwarded.
 */
export function stepWaitingOn<S extends StepState>(
  memo: MemoState,
  steps: S[],
  userId: number,
): S | null {
  if (memo.status !== 'in_review' || memo.currentAssigneeUserId !== userId) return null;
  if (memo.secrecy !== 'normal') return null;
  const step = steps.find((s) => s.round === memo.round && s.stepOrder === memo.currentStepOrder);
  return step?.state === 'pending' && step.assigneeUserId === userId ? step : null;
}

/**
 * Whether a link still stands: not used, not expired, and the memo still waits at the same step
 * on the same person with nothing changed since the link was mailed. Otherwise it is gone (410),
 * whichever way the step was acted on.
 */
export function linkStands(
  link: Pick<ActionLink, 'userId' | 'stepId' | 'memoVersion' | 'usedAt' | 'expiresAt'>,
  memo: MemoState | null,
  steps: StepState[],
  now: Date,
): boolean {
  if (link.usedAt !== null || link.expiresAt.getTime() <= now.getTime() || !memo) return false;
  if (memo.version !== link.memoVersion) return false;
  return stepWaitingOn(memo, steps, link.userId)?.id === link.stepId;
}
