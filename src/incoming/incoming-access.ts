import type { Actor } from '../common/auth/actor';
import { seesOfficeWork } from '../memo/memo-access';
import type { IncomingLetter } from './incoming-letter.entity';

/**
 * Who may read an incoming letter — the one rule, for single reads here and for lists, registers
 * and audit through AccessService:
 * - anyone on its path (who received it, the executives it was forwarded to or who endorsed it,
 *   the heads of its assigned groups, its assignees, and those its endorsement circulated it to
 *   or gave a task: the person, or the group's members and head) — whatever its secrecy;
 * - for a normal letter, also the registry desk and the executives (seesOfficeWork).
 * Everyone else is told "not found"; a secret letter shows as หนังสือลับ with its number.
 */
export function canReadIncoming(
  actor: Actor,
  letter: Pick<IncomingLetter, 'orgId' | 'secrecy'>,
  onPath: boolean,
): boolean {
  if (letter.orgId !== actor.orgId) return false;
  if (onPath) return true;
  return letter.secrecy === 'normal' && seesOfficeWork(actor);
}
