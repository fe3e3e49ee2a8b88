import type { MemoStatus, Secrecy, Urgency } from './memo.enums';

export const BOXES = ['all', 'drafts', 'returned', 'in_progress', 'done'] as const;
export type Box = (typeof BOXES)[number];

/** Who is looking, for the list's visibility rule. */
export interface Visibility {
  userId: number;
  /** Executives and the registrar see the office's memos in progress (not secret ones). */
  seesOfficeWork: boolean;
}

export interface ListFilter {
  box: Box;
  status?: MemoStatus;
  /** Thai words of the query, from Intl.Segmenter. */
  words: string[];
  /** Part of a number, in Thai digits. */
  number?: string;
  from?: Date;
  to?: Date;
}

interface RowBase {
  id: number;
  subject: string;
  status: MemoStatus;
  urgency: Urgency;
  urgentBy: Date | string | null;
  secrecy: Secrecy;
  version: number;
  docNumber: string | null;
  submittedAt: Date | string | null;
  registeredAt: Date | string | null;
  updatedAt: Date | string;
  authorUserId: number;
  authorTitle: string;
  authorFirstName: string;
  authorLastName: string;
  groupName: string | null;
}

export interface InboxRow extends RowBase {
  stepRole: string;
  capacity: string;
  waitingSince: Date | string | null;
}

export interface ListRow extends RowBase {
  assigneeTitle: string | null;
  assigneeFirstName: string | null;
  assigneeLastName: string | null;
}
