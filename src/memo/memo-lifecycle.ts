import type { Actor } from '../common/auth/actor';
import { DomainError, staleVersion } from '../common/errors/domain-error';
import type { MemoStatus } from './memo.enums';

export type MemoAction = 'edit' | 'submit' | 'approve' | 'return' | 'reject' | 'withdraw';

/** Who the actor is to this memo, decided by the caller from the memo and its current step. */
export interface ActorRelation {
  isAuthor: boolean;
  isCurrentAssignee: boolean;
}

export type Decision =
  | { allowed: true }
  /** `conflict`: the memo is not in a state for this (409); `forbidden`: wrong person (403). */
  | { allowed: false; reason: 'conflict' | 'forbidden' };

const ALLOWED_FROM: Record<MemoAction, readonly MemoStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['in_review'],
  return: ['in_review'],
  reject: ['in_review'],
  withdraw: ['draft', 'in_review', 'returned'],
};

const BY_AUTHOR: ReadonlySet<MemoAction> = new Set(['edit', 'submit', 'withdraw']);

/**
 * draft → in_review → approved, with returned (resubmission re-enters review), rejected and
 * withdrawn. Withdrawal from review is allowed only before anyone has approved in this round.
 */
export function decide(
  status: MemoStatus,
  action: MemoAction,
  actor: ActorRelation,
  approvedInRound = 0,
): Decision {
  const byAuthor = BY_AUTHOR.has(action);
  if (byAuthor ? !actor.isAuthor : !actor.isCurrentAssignee) {
    // Acting on a memo that has moved on is a conflict, not a permission problem.
    const stateMoved = !byAuthor && status !== 'in_review';
    return { allowed: false, reason: stateMoved ? 'conflict' : 'forbidden' };
  }
  if (!ALLOWED_FROM[action].includes(status)) return { allowed: false, reason: 'conflict' };
  if (action === 'withdraw' && status === 'in_review' && approvedInRound > 0) {
    return { allowed: false, reason: 'conflict' };
  }
  return { allowed: true };
}

/** The author's own actions (edit, submit, withdraw): 403 for anyone else, 409 in the wrong state. */
export function assertAuthorMay(
  actor: Pick<Actor, 'userId'>,
  memo: { status: MemoStatus; authorUserId: number },
  action: MemoAction,
  approvedInRound = 0,
): void {
  const isAuthor = memo.authorUserId === actor.userId;
  const d = decide(memo.status, action, { isAuthor, isCurrentAssignee: false }, approvedInRound);
  if (!d.allowed)
    throw new DomainError(d.reason === 'forbidden' ? 'NOT_AUTHOR' : 'MEMO_NOT_EDITABLE');
}

/** A change made on an older copy is refused with the version the client should reload. */
export function assertVersion(memo: { version: number }, version: number | undefined): void {
  if (version !== undefined && version !== memo.version)
    throw staleVersion({ currentVersion: memo.version });
}

/** เกษียน written when the approver leaves the note empty. */
export const defaultEndorsement = (isFinalStep: boolean): string =>
  isFinalStep ? 'อนุมัติ' : 'เพื่อโปรดพิจารณา';
