import type { Capacity } from '../../memo/memo.enums';

/** A memo's current step at a group head's post, waiting on someone. */
export interface HeadStep {
  orgId: number;
  memoId: number;
  memoVersion: number;
  subject: string;
  authorUserId: number;
  groupId: number;
  stepId: number;
  stepOrder: number;
  assigneeUserId: number;
  /** The acting-head delegation the step is held under; null: held by the head in person. */
  delegationId: number | null;
  /** The group's head now, when the post is held by an active user. */
  headUserId: number | null;
}

/** An acting group head in force now. */
export interface ActingHead {
  id: number;
  orgId: number;
  groupId: number;
  delegateUserId: number;
}

/** Where a waiting step goes, and why. */
export interface StepMove {
  step: HeadStep;
  toUserId: number;
  capacity: Extract<Capacity, 'own' | 'acting_head'>;
  delegationId: number | null;
  reason: 'acting_head_started' | 'acting_head_ended';
}

/**
 * Who should hold each step now: the group's acting head while one is in force, otherwise its
 * head; never the memo's author (the step then stays where it is). Steps already where they
 * belong make no move, so planning again after the moves plans nothing.
 */
export function planMoves(steps: readonly HeadStep[], acting: readonly ActingHead[]): StepMove[] {
  const byGroup = new Map<number, ActingHead>();
  for (const a of acting) if (!byGroup.has(a.groupId)) byGroup.set(a.groupId, a);
  return steps.flatMap((step) => {
    const move = target(step, byGroup.get(step.groupId));
    if (!move) return [];
    const staying =
      move.toUserId === step.assigneeUserId && move.delegationId === step.delegationId;
    return staying ? [] : [{ step, ...move }];
  });
}

function target(step: HeadStep, acting: ActingHead | undefined): Omit<StepMove, 'step'> | null {
  if (acting && acting.delegateUserId !== step.authorUserId)
    return {
      toUserId: acting.delegateUserId,
      capacity: 'acting_head',
      delegationId: acting.id,
      reason: 'acting_head_started',
    };
  if (step.headUserId === null || step.headUserId === step.authorUserId) return null;
  return {
    toUserId: step.headUserId,
    capacity: 'own',
    delegationId: null,
    reason: 'acting_head_ended',
  };
}
