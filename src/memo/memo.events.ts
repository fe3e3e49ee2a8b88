// Domain events of the memo workflow (STYLE.md #15). Emitted after the transaction commits,
// with `emitAsync`, and awaited before the HTTP answer, so listeners' results (OIT proposals,
// notifications) are visible to the caller. A listener's failure never undoes the approval.

import type { Secrecy } from './memo.enums';

export const MEMO_SUBMITTED = 'memo.submitted';
export const MEMO_APPROVED = 'memo.approved';
export const MEMO_RETURNED = 'memo.returned';
export const MEMO_STEP_APPROVED = 'memo.step-approved';
export const MEMO_REJECTED = 'memo.rejected';

export interface MemoEventBase {
  orgId: number;
  memoId: number;
  subject: string;
  authorUserId: number;
  actorUserId: number;
  at: Date;
}

export interface MemoSubmittedEvent extends MemoEventBase {
  /** Who must act next. */
  nextAssigneeUserId: number;
}

export type MemoStepApprovedEvent = MemoSubmittedEvent;

/** Also the payload of MEMO_REJECTED. */
export interface MemoReturnedEvent extends MemoEventBase {
  note: string;
}

/** A document the approval produced: the memo itself and any announcement/order it issued. */
export interface ApprovedDocument {
  documentType: 'memo' | 'announcement' | 'order';
  /** memo id, or issuance id for announcements and orders. */
  documentId: number;
  subject: string;
  /** Body text (paragraphs joined by newlines), for OIT suggestions. */
  text: string;
  /** "ศธ ๐๔๓๐๕/๑๒๓", "๑๒๐/๒๕๖๕" */
  number: string;
  /** Registration date (drives the fiscal year). */
  date: Date;
  /** SHA-256 of the sealed PDF. */
  sha256: string;
  verifyCode: string;
  /** Stable public URL of the sealed PDF, for OIT publication. */
  publicPdfUrl: string;
  /** Secret documents become evidence by number and date only, and are never proposed. */
  secrecy: Secrecy;
}

export interface MemoApprovedEvent extends MemoEventBase {
  documents: ApprovedDocument[];
}
