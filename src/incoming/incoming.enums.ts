// Codes of incoming letters (หนังสือรับ) used in the API and the database; Thai labels for people.

/**
 * received → forwarded (waiting on an executive) → endorsed (in the assigned groups' hands) →
 * done (every assignment closed, or endorsed without one: "ทราบ").
 */
export const INCOMING_STATUSES = ['received', 'forwarded', 'endorsed', 'done'] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];
export const INCOMING_STATUS_TH: Record<IncomingStatus, string> = {
  received: 'ลงรับแล้ว',
  forwarded: 'เสนอผู้บริหาร',
  endorsed: 'สั่งการแล้ว',
  done: 'ดำเนินการแล้ว',
};

/** A group's part: waiting for its head, assigned to a person, being worked on, done. */
export const ASSIGNMENT_STATES = ['waiting', 'assigned', 'in_progress', 'done'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
export const ASSIGNMENT_STATE_TH: Record<AssignmentState, string> = {
  waiting: 'รอมอบหมาย',
  assigned: 'มอบหมายแล้ว',
  in_progress: 'กำลังดำเนินการ',
  done: 'ดำเนินการแล้ว',
};

/** The registry desk's proposal to an executive, or an executive's order (เกษียนสั่งการ). */
export type EndorsementKind = 'forward' | 'endorse';

/** The counter of a group's receive register (ทะเบียนรับของกลุ่ม), one per group and year. */
export const groupReceiveCounter = (groupId: number) => `group:${groupId}` as const;
