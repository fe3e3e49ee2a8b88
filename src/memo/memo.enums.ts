// Codes used in the API and the database; Thai labels for people.

export const URGENCIES = ['normal', 'urgent', 'very_urgent', 'most_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_TH: Record<Urgency, string> = {
  normal: 'ปกติ',
  urgent: 'ด่วน',
  very_urgent: 'ด่วนมาก',
  most_urgent: 'ด่วนที่สุด',
};

/** ลับที่สุด (top secret) is refused: the 2564 amendment keeps it out of electronic systems. */
export const SECRECIES = ['normal', 'confidential', 'secret'] as const;
export type Secrecy = (typeof SECRECIES)[number];
export const SECRECY_TH: Record<Secrecy, string> = {
  normal: 'ปกติ',
  confidential: 'ลับ',
  secret: 'ลับมาก',
};

export const MEMO_STATUSES = [
  'draft',
  'in_review',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type MemoStatus = (typeof MEMO_STATUSES)[number];
export const MEMO_STATUS_TH: Record<MemoStatus, string> = {
  draft: 'ร่าง',
  in_review: 'อยู่ระหว่างพิจารณา',
  returned: 'ส่งกลับแก้ไข',
  approved: 'อนุมัติแล้ว',
  rejected: 'ไม่อนุมัติ',
  withdrawn: 'ถอนเรื่อง',
};

/** Documents a memo carries for signature: ประกาศ, คำสั่ง and หนังสือภายนอก (letters). */
export const ISSUANCE_KINDS = ['announcement', 'order', 'letter'] as const;
export type IssuanceKind = (typeof ISSUANCE_KINDS)[number];
export const ISSUANCE_KIND_TH: Record<IssuanceKind, string> = {
  announcement: 'ประกาศ',
  order: 'คำสั่ง',
  letter: 'หนังสือภายนอก',
};

/** The posts an approval chain passes through. */
export type StepRole = 'group_head' | 'deputy' | 'director';
/**
 * The capacity in which an approver acts: their own post, ปฏิบัติราชการแทน, รักษาราชการแทน (the
 * director's post), or ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม (acting_head: a group head's post).
 */
export type Capacity = 'own' | 'on_behalf' | 'acting' | 'acting_head';
