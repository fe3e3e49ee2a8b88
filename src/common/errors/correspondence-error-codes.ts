/** Errors of the letters that come in and go out: incoming, recipients, dispatch, outside numbers. */
export const CORRESPONDENCE_ERRORS = {
  // incoming letters
  INCOMING_UNKNOWN_GROUP: {
    status: 400,
    th: 'ไม่พบกลุ่มที่มอบหมายในหน่วยงานนี้',
    en: 'An assigned group does not exist in this office',
  },
  INCOMING_UNKNOWN_USER: {
    status: 400,
    th: 'ไม่พบผู้ใช้นี้ในหน่วยงาน',
    en: 'No such active user in this office',
  },
  INCOMING_NOT_EXECUTIVE: {
    status: 400,
    th: 'เสนอได้เฉพาะผู้อำนวยการหรือรองผู้อำนวยการ (ที่ไม่ใช่ตนเอง)',
    en: 'A letter goes to the director or a deputy (other than oneself)',
  },
  INCOMING_ENDORSE_EITHER: {
    status: 400,
    th: 'เกษียนสั่งการได้อย่างใดอย่างหนึ่ง: มอบกลุ่มดำเนินการ หรือเสนอผู้บริหารท่านอื่น',
    en: 'An endorsement either assigns groups or forwards the letter on, not both',
  },
  INCOMING_ALREADY_ACTED: {
    status: 409,
    th: 'หนังสือนี้ได้รับการดำเนินการในขั้นตอนนี้ไปแล้ว กรุณาโหลดใหม่',
    en: 'This letter has already been acted on at this stage; reload it',
  },
  INCOMING_NOT_YOUR_TURN: {
    status: 403,
    th: 'หนังสือนี้ไม่ได้รอการดำเนินการจากท่าน',
    en: 'This letter is not waiting on you',
  },
  INCOMING_REPLY_REFUSED: {
    status: 400,
    th: 'ตอบหนังสือรับได้เฉพาะผู้ได้รับมอบหมายหรือผู้อำนวยการกลุ่มที่ได้รับมอบ',
    en: 'Only an assignee or the head of an assigned group may reply to this letter',
  },
  // recipients, dispatch, numbers for outside documents
  RECIPIENT_EMAIL_TAKEN: {
    status: 409,
    th: 'มีผู้รับที่ใช้อีเมลนี้ในหน่วยงานแล้ว',
    en: 'A recipient of this office already has that e-mail address',
  },
  DISPATCH_UNKNOWN_RECIPIENT: {
    status: 400,
    th: 'ไม่พบผู้รับหรือกลุ่มที่ระบุในหน่วยงานนี้',
    en: 'A named recipient or group does not exist in this office',
  },
  DISPATCH_SECRET_REFUSED: {
    status: 422,
    th: 'หนังสือลับส่งทางอีเมลไม่ได้ ส่งได้เฉพาะกลุ่มภายในหน่วยงาน',
    en: 'A secret document is never e-mailed; it may go to internal groups only',
  },
  DISPATCH_NOT_RESENDABLE: {
    status: 409,
    th: 'ส่งซ้ำได้เฉพาะหนังสือที่ส่งทางอีเมลและผู้รับยังไม่ยืนยันการรับ',
    en: 'Only an e-mailed document not yet confirmed as received can be sent again',
  },
  OUTSIDE_FILE_NOT_PDF: {
    status: 415,
    th: 'กรุณาแนบหนังสือเป็นไฟล์ PDF',
    en: 'The document must be a PDF file',
  },
  REGISTER_ENTRY_NOT_RESERVED: {
    status: 409,
    th: 'เลขทะเบียนนี้ไม่ได้อยู่ในสถานะจอง',
    en: 'This register number is not a reserved one',
  },
  HOLIDAY_EXISTS: {
    status: 409,
    th: 'วันนี้อยู่ในรายการวันหยุดของหน่วยงานแล้ว',
    en: 'This day is already one of the office holidays',
  },
} as const satisfies Record<string, { status: number; th: string; en: string }>;
