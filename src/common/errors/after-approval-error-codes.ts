/** Errors of what follows an approval: circulation for acknowledgement, and tasks. */
export const AFTER_APPROVAL_ERRORS = {
  ON_APPROVAL_UNKNOWN_GROUP: {
    status: 400,
    th: 'ไม่พบกลุ่มที่ระบุในสำนักงานนี้',
    en: 'A group named for circulation or a task does not exist in this office',
  },
  ON_APPROVAL_UNKNOWN_USER: {
    status: 400,
    th: 'ไม่พบบุคลากรที่ระบุในสำนักงานนี้ (หรือพ้นจากการใช้งานแล้ว)',
    en: 'A person named for circulation or a task is not an active user of this office',
  },
  ON_APPROVAL_DUE_PASSED: {
    status: 400,
    th: 'วันกำหนดเสร็จของงานที่มอบหมายต้องเป็นเวลาในอนาคต',
    en: 'A task’s due time must be in the future',
  },
  ON_APPROVAL_SECRET_NAMES_ONLY: {
    status: 400,
    th: 'หนังสือชั้นลับแจ้งเวียนและมอบหมายงานได้เฉพาะบุคคลที่ระบุชื่อ ไม่ใช่บุคลากรทุกคนหรือทั้งกลุ่ม',
    en: 'A secret memo or letter is circulated and assigned to named people only, not to all staff or groups',
  },
  CIRCULATION_NOT_RECIPIENT: {
    status: 403,
    th: 'ท่านไม่ได้อยู่ในรายชื่อผู้รับหนังสือเวียนฉบับนี้',
    en: 'You are not among the people this memo or letter was circulated to',
  },
  CIRCULATION_NONE: {
    status: 409,
    th: 'หนังสือนี้ไม่ได้แจ้งเวียน',
    en: 'This memo or letter was not circulated',
  },
  CIRCULATION_REMIND_TOO_SOON: {
    status: 429,
    th: 'เตือนผู้ที่ยังไม่รับทราบได้ชั่วโมงละหนึ่งครั้ง กรุณาลองใหม่ภายหลัง',
    en: 'Recipients may be reminded at most once an hour per memo; try again later',
  },
  ON_ENDORSE_WITH_FORWARD: {
    status: 400,
    th: 'การแจ้งเวียนและมอบหมายงานกำหนดได้เมื่อเกษียนสั่งการ ไม่ใช่เมื่อเสนอผู้บริหารท่านอื่น',
    en: 'Circulation and tasks come with the endorsement that decides, not with passing the letter on',
  },
  TASK_ALREADY_DONE: {
    status: 409,
    th: 'งานนี้บันทึกว่าเสร็จแล้ว',
    en: 'This task is already done',
  },
} as const satisfies Record<string, { status: number; th: string; en: string }>;
