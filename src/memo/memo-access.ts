import type { Actor } from '../common/auth/actor';
import { may } from '../common/auth/permissions';
import type { Memo } from './memo.entity';
import type { Visibility } from './memo.queries';

/**
 * Who may read a memo — the one rule, used for single reads here and mirrored in the list query
 * (MemoQueriesRepository.applyVisibility); test/e2e/visibility-agreement.e2e-spec.ts fails if either
 * changes alone:
 * - its author, anyone ever on its chain, and readers the author named — whatever its secrecy;
 * - for non-secret memos: the whole office once approved; executives and the registrar while in
 *   progress; drafts stay with their author.
 * Everyone else is told "not found".
 */
export function canReadMemo(
  actor: Actor,
  memo: Pick<Memo, 'orgId' | 'authorUserId' | 'status' | 'secrecy'>,
  participants: readonly number[],
  readers: readonly number[],
): boolean {
  if (memo.orgId !== actor.orgId) return false;
  if (memo.authorUserId === actor.userId) return true;
  if (participants.includes(actor.userId) || readers.includes(actor.userId)) return true;
  if (memo.secrecy !== 'normal') return false;
  if (memo.status === 'approved') return true;
  return memo.status !== 'draft' && seesOfficeWork(actor);
}

/** What anyone who may not read a secret document sees in place of its subject. */
export const SECRET_DOCUMENT_TITLE = 'หนังสือลับ';

export const seesOfficeWork = (actor: Actor): boolean => may(actor.roles, 'seeOfficeWork');

export const visibilityOf = (actor: Actor): Visibility => ({
  userId: actor.userId,
  seesOfficeWork: seesOfficeWork(actor),
});
