import { thaiNumeral } from '../common/thai/thai-format';
import { SECRECY_TH, URGENCY_TH } from '../memo/memo.enums';
import type { OrgGroup } from '../org/org-group.entity';
import { fullName, User } from '../org/user.entity';
import type { IncomingAssignment } from './incoming-assignment.entity';
import type { IncomingEndorsement } from './incoming-endorsement.entity';
import type { IncomingFile } from './incoming-file.entity';
import type { IncomingLetter } from './incoming-letter.entity';
import { ASSIGNMENT_STATE_TH, INCOMING_STATUS_TH } from './incoming.enums';

export interface LetterViewParts {
  letter: IncomingLetter;
  users: Map<number, User>;
  groups: Map<number, OrgGroup>;
  files: IncomingFile[];
  path: IncomingEndorsement[];
  assignments: IncomingAssignment[];
}

const usernameOf = (users: Map<number, User>, id: number | null) =>
  id === null ? null : (users.get(id)?.username ?? null);

const person = (users: Map<number, User>, id: number | null) => {
  const u = id === null ? undefined : users.get(id);
  return u ? { id: u.id, username: u.username, name: fullName(u) } : null;
};

/** The list and register columns every viewer gets (secret letters masked by the caller). */
export const toLetterRow = (l: IncomingLetter) => ({
  kind: 'incoming' as const,
  id: l.id,
  receiveNumber: thaiNumeral(l.receiveNumber),
  year: l.year,
  receivedAt: l.receivedAt,
  status: l.status,
  statusLabel: INCOMING_STATUS_TH[l.status],
  subject: l.subject,
  fromAgency: l.fromAgency,
  theirNumber: l.theirNumber,
  theirDate: l.theirDate,
  to: l.toLine,
  urgency: l.urgency,
  urgencyLabel: URGENCY_TH[l.urgency],
  secrecy: l.secrecy,
  secrecyLabel: SECRECY_TH[l.secrecy],
  version: l.version,
  dueAt: l.dueAt,
});

/** GET /api/incoming/:id, per the HTTP contract plus what pages need. */
export function toLetterView(p: LetterViewParts) {
  const { letter, users } = p;
  const endorsements = p.path.filter((e) => e.kind === 'endorse');
  return {
    ...toLetterRow(letter),
    receivedBy: person(users, letter.receivedByUserId),
    waitingOn: person(users, letter.waitingOnUserId),
    waitingSince: letter.waitingSince,
    files: p.files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      sha256: f.sha256,
      createdAt: f.createdAt,
    })),
    forwards: p.path
      .filter((e) => e.kind === 'forward')
      .map((e) => ({
        byUsername: usernameOf(users, e.byUserId),
        toUsername: usernameOf(users, e.forwardToUserId),
        note: e.note,
        at: e.createdAt,
      })),
    endorsements: endorsements.map((e) => ({
      byUsername: usernameOf(users, e.byUserId),
      byName: person(users, e.byUserId)?.name ?? null,
      byPosition: users.get(e.byUserId)?.position?.name ?? '',
      note: e.note,
      assignedGroupIds: e.assignedGroupIds,
      dueAt: e.dueAt,
      forwardToUsername: usernameOf(users, e.forwardToUserId),
      at: e.createdAt,
    })),
    assignments: p.assignments.map((a) => ({
      groupId: a.groupId,
      groupName: p.groups.get(a.groupId)?.name ?? '',
      groupReceiveNumber: thaiNumeral(a.groupReceiveNumber),
      groupYear: a.groupYear,
      headUsername: usernameOf(users, p.groups.get(a.groupId)?.headUserId ?? null),
      assigneeUsername: usernameOf(users, a.assigneeUserId),
      state: a.state,
      stateLabel: ASSIGNMENT_STATE_TH[a.state],
      action: a.actionNote,
      dueAt: a.dueAt,
      doneAt: a.doneAt,
    })),
    replies: p.assignments
      .filter((a) => a.replyMemoId !== null)
      .map((a) => ({ memoId: a.replyMemoId, docNumber: a.replyDocNumber })),
  };
}

export type LetterView = ReturnType<typeof toLetterView>;
