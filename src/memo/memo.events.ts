// Domain events of the memo workflow (STYLE.md #15). Written to the outbox in the transaction of
// the change, delivered to their consumers (sealing, OIT proposals, notifications, e-mail) after
// the commit — again after a crash — and handled once each. Payloads are JSON: dates are ISO.
import type { Secrecy } from './memo.enums';

export const MEMO_SUBMITTED = 'memo.submitted';
export const MEMO_APPROVED = 'memo.approved';
export const MEMO_RETURNED = 'memo.returned';
export const MEMO_STEP_APPROVED = 'memo.step-approved';
export const MEMO_REJECTED = 'memo.rejected';
/**
 * The waiting step moved to another approver: to an acting group head when the period starts,
 * back to the head when it ends. Written by the scheduler: actorUserId is 0 (nobody).
 */
export const MEMO_REASSIGNED = 'memo.reassigned';

export const MEMO_TOPICS = [
  MEMO_SUBMITTED,
  MEMO_REASSIGNED,
  MEMO_STEP_APPROVED,
  MEMO_RETURNED,
  MEMO_REJECTED,
  MEMO_APPROVED,
] as const;
export type MemoTopic = (typeof MEMO_TOPICS)[number];

export interface MemoEventPayload {
  memoId: number;
  subject: string;
  authorUserId: number;
  actorUserId: number;
  /** ISO time of the change. */
  at: string;
  /** Who must act next (submitted, step approved). */
  nextAssigneeUserId?: number;
  /** The approver's note (returned, rejected). */
  note?: string;
  /** What the final approval registered (approved). */
  documents?: ApprovedDocumentRecord[];
}

/** A document the approval registered, as the outbox keeps it. */
export interface ApprovedDocumentRecord {
  documentType: 'memo' | 'announcement' | 'order' | 'letter';
  /** memo id, or issuance id for announcements, orders and letters. */
  documentId: number;
  subject: string;
  /** Body text for OIT suggestions, cut to what a suggestion needs. */
  text: string;
  /** "ศธ ๐๔๓๐๕/๑๒๓", "๑๒๐/๒๕๖๕" */
  number: string;
  /** ISO registration time (drives the fiscal year). */
  date: string;
  verifyCode: string;
  /** Secret documents become evidence by number and date only, and are never proposed. */
  secrecy: Secrecy;
}

/** What OIT evidence is made from: the record, its date revived, and its seal once made. */
export interface ApprovedDocument extends Omit<ApprovedDocumentRecord, 'date'> {
  date: Date;
  /** SHA-256 of the sealed PDF; empty while unsealed. */
  sha256: string;
  /** Stable public URL of the sealed PDF, for OIT publication. */
  publicPdfUrl: string;
}

export interface MemoApprovedEvent {
  orgId: number;
  memoId: number;
  actorUserId: number;
  documents: ApprovedDocument[];
}
