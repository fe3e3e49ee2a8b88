/** Errors of delegations: an acting group head (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม) and its delegate. */
export const DELEGATION_ERRORS = {
  DELEGATION_GROUP_NEEDS_ACTING: {
    status: 400,
    th: 'การมอบให้ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มต้องเป็นประเภทรักษาการ (acting)',
    en: "A group's head post is delegated only with kind 'acting'",
  },
  DELEGATE_IS_GROUP_HEAD: {
    status: 400,
    th: 'ผู้ปฏิบัติหน้าที่ต้องไม่ใช่ผู้อำนวยการกลุ่มนั้นเอง',
    en: "The acting head cannot be the group's own head",
  },
  DELEGATE_INACTIVE: {
    status: 400,
    th: 'ผู้รับมอบถูกระงับการใช้งานอยู่',
    en: 'The delegate is a deactivated user',
  },
  ACTING_HEAD_OVERLAP: {
    status: 409,
    th: 'มีผู้ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มนี้ในช่วงเวลาที่ทับซ้อนกันอยู่แล้ว',
    en: 'Another acting head of this group covers part of that period',
  },
} as const;
