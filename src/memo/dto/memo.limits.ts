/** How much a memo may hold: the API's DTOs check these, and the web's drafting form reuses them. */
export const MEMO_LIMITS = {
  /** A memo's or an attached announcement's or order's subject. */
  subject: 500,
  to: 255,
  paragraphs: 100,
  paragraph: 5000,
  closing: 500,
  references: 20,
  referenceText: 500,
  readers: 50,
  /** หนังสือภายนอก: คำขึ้นต้น / คำลงท้าย, อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง. */
  salutation: 100,
  letterClosing: 100,
  letterItems: 10,
  letterItem: 500,
  /** Recipients named by id: schools, directory entries, the office's groups. */
  recipientIds: 1000,
  /** Clauses (ข้อ ๑) and their sub-clauses (๑.๑), one level. */
  clauses: 60,
  subClauses: 30,
  clause: 3000,
  /** Committees of an appointment order; each member's fields. */
  committees: 30,
  committeeMembers: 120,
  committeeTitle: 255,
  memberField: 255,
  committeeDuty: 3000,
  /** A schedule table: headed columns, rows of cells. */
  scheduleColumns: 6,
  scheduleRows: 120,
  scheduleCell: 500,
  /** After approval: people named for circulation, tasks and a task's text. */
  circulationUsers: 500,
  tasks: 20,
  task: 1000,
} as const;
