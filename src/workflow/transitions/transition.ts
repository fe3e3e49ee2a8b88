import type { Memo } from '../../memo/memo.entity';
import type { FinalizedDocument } from '../finalizer';

export type TransitionAction = 'submit' | 'approve' | 'return' | 'reject' | 'withdraw';

/** What a committed transition leaves for after the commit: events to emit, documents to seal. */
export interface Transition {
  memo: Memo;
  action: TransitionAction;
  note: string;
  nextAssigneeUserId: number | null;
  finalized: FinalizedDocument[];
  /** Recorded in the audit trail as `memo.<action>`, with the memo's new status. */
  audit: Record<string, unknown>;
}
