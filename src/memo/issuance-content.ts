// What an issuance holds besides its subject and paragraphs, as stored (JSON columns of
// `issuance`) and as printed: a letter's parts, its recipients, and numbered clauses and tables.

/** หนังสือภายนอก: the parts of the regulation's แบบที่ ๑ that a memo does not have. */
export interface LetterParts {
  /** The addressee after the คำขึ้นต้น: "ศึกษาธิการจังหวัดนครพนม". */
  to: string;
  /** คำขึ้นต้น: "เรียน" unless given. */
  salutation: string;
  /** คำลงท้าย: "ขอแสดงความนับถือ" unless given. */
  closing: string;
  /** อ้างถึง, in order. */
  references: string[];
  /** สิ่งที่ส่งมาด้วย, in order. */
  enclosures: string[];
  /** สำเนาส่ง, in order. */
  copyTo: string[];
  /** หนังสือเวียน: numbered from the `circular` (ว) register instead of `outgoing`. */
  circular: boolean;
}

/**
 * Whom a letter is sent to, as the author named them: kept as given (ids are not resolved here;
 * dispatch resolves them when the letter is issued). `schools: "all"` means every school of the
 * office's recipient directory.
 */
export interface LetterRecipients {
  schools?: 'all' | number[];
  recipientIds?: number[];
  groupIds?: number[];
}

/** ข้อ ๑ with optional sub-clauses ๑.๑, ๑.๒ (one level). */
export interface Clause {
  text: string;
  items: string[];
}

/** One person of a committee, printed on one line: name – position – role. */
export interface CommitteeMember {
  name: string;
  position: string;
  role: string;
}

/** "๑. คณะกรรมการอำนวยการ": its members, then its duties (มีหน้าที่ …). */
export interface Committee {
  title: string;
  members: CommitteeMember[];
  duty: string;
}

/** A table with headed columns, such as the dates of the ITA calendar. */
export interface ScheduleTable {
  columns: string[];
  rows: string[][];
}

/**
 * The structured part of an announcement, order or letter, printed after its paragraphs in this
 * order: clauses, committees, schedule, then `closingParagraphs` (e.g. "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป").
 */
export interface IssuanceStructure {
  clauses: Clause[];
  committees: Committee[];
  schedule: ScheduleTable | null;
  closingParagraphs: string[];
}

export const EMPTY_STRUCTURE: IssuanceStructure = {
  clauses: [],
  committees: [],
  schedule: null,
  closingParagraphs: [],
};

export const DEFAULT_SALUTATION = 'เรียน';
export const DEFAULT_LETTER_CLOSING = 'ขอแสดงความนับถือ';
