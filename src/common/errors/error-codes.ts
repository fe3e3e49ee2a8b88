/**
 * Every error a client can see, with its HTTP status and its message in Thai and English.
 * Modules add their codes here so the global filter can map them exhaustively.
 */
import { ACTION_LINK_ERRORS } from './action-link-error-codes';
import { AFTER_APPROVAL_ERRORS } from './after-approval-error-codes';
import { CORRESPONDENCE_ERRORS } from './correspondence-error-codes';
import { DELEGATION_ERRORS } from './delegation-error-codes';
import { EMBLEM_ERRORS } from './emblem-error-codes';
import { LINE_ERRORS } from './line-error-codes';

export const ERROR_CATALOG = {
  // platform
  VALIDATION_FAILED: { status: 400, th: 'ข้อมูลไม่ถูกต้อง', en: 'The request is not valid' },
  MALFORMED_JSON: {
    status: 400,
    th: 'รูปแบบ JSON ไม่ถูกต้อง',
    en: 'The request body is not valid JSON',
  },
  BAD_REQUEST: { status: 400, th: 'คำขอไม่ถูกต้อง', en: 'Bad request' },
  DATE_NOT_IN_CALENDAR: {
    status: 400,
    th: 'วันที่หรือเวลาที่กรอกไม่มีอยู่จริงในปฏิทิน กรุณาตรวจสอบ',
    en: 'The date or time given does not exist in the calendar',
  },
  UNAUTHENTICATED: { status: 401, th: 'กรุณาเข้าสู่ระบบ', en: 'Authentication required' },
  INVALID_CREDENTIALS: {
    status: 401,
    th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
    en: 'Wrong username or password',
  },
  FORBIDDEN: { status: 403, th: 'ไม่มีสิทธิ์ดำเนินการนี้', en: 'You may not do this' },
  CSRF_REJECTED: {
    status: 403,
    th: 'แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณาลองใหม่',
    en: 'The form token is missing or invalid; reload and try again',
  },
  NOT_FOUND: { status: 404, th: 'ไม่พบข้อมูล', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, th: 'ไม่พบหน้าที่ต้องการ', en: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, th: 'ไม่รองรับวิธีเรียกนี้', en: 'Method not allowed' },
  CONFLICT: { status: 409, th: 'ข้อมูลขัดแย้งกัน', en: 'Conflict' },
  STALE_VERSION: {
    status: 409,
    th: 'เอกสารถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่',
    en: 'The document has changed since you loaded it; reload and try again',
  },
  PAYLOAD_TOO_LARGE: { status: 413, th: 'ข้อมูลมีขนาดใหญ่เกินไป', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    th: 'ไม่รองรับชนิดข้อมูลนี้',
    en: 'Unsupported media type',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    th: 'มีการเรียกใช้บ่อยเกินไป กรุณารอสักครู่',
    en: 'Too many requests; wait a moment',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    th: 'ระบบไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่',
    en: 'Temporarily unavailable; retry shortly',
  },
  INTERNAL: { status: 500, th: 'เกิดข้อผิดพลาดภายในระบบ', en: 'Internal error' },
  // org
  USERNAME_TAKEN: { status: 409, th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว', en: 'That username is taken' },
  GROUP_NAME_TAKEN: { status: 409, th: 'ชื่อกลุ่มนี้มีอยู่แล้ว', en: 'That group name is taken' },
  OFFICE_CODE_TAKEN: {
    status: 409,
    th: 'รหัสสำนักงานนี้มีอยู่แล้ว',
    en: 'That office code is taken',
  },
  OFFICE_INACTIVE: {
    status: 403,
    th: 'สำนักงานนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลแพลตฟอร์ม',
    en: 'This office has been deactivated; contact the platform administrator',
  },
  IMPORT_REFUSED: {
    status: 422,
    th: 'ไม่ได้นำเข้าข้อมูลใดเลย เพราะมีแถวที่ไม่ถูกต้อง กรุณาแก้ไขแล้วนำเข้าใหม่ทั้งไฟล์',
    en: 'Nothing was imported because some rows are invalid; fix them and import the whole file again',
  },
  IMPORT_FILE_INVALID: {
    status: 400,
    th: 'อ่านไฟล์ CSV ไม่ได้ หรือไฟล์มีรูปแบบไม่ถูกต้อง',
    en: 'The CSV file cannot be read or is not in the expected shape',
  },
  INVALID_DELEGATION_PERIOD: {
    status: 400,
    th: 'ช่วงเวลาการมอบอำนาจไม่ถูกต้อง',
    en: 'The delegation period is not valid',
  },
  // workflow
  MEMO_NOT_EDITABLE: {
    status: 409,
    th: 'บันทึกนี้ไม่อยู่ในสถานะที่แก้ไขได้',
    en: 'The memo cannot be changed in its current state',
  },
  STEP_ALREADY_ACTED: {
    status: 409,
    th: 'ขั้นตอนนี้มีผู้ดำเนินการไปแล้ว',
    en: 'This step has already been acted on',
  },
  NOT_CURRENT_APPROVER: {
    status: 403,
    th: 'ท่านไม่ใช่ผู้พิจารณาในขั้นตอนนี้',
    en: 'You are not the approver of the current step',
  },
  NOT_AUTHOR: { status: 403, th: 'เฉพาะผู้ร่างบันทึกเท่านั้น', en: 'Only the author may do this' },
  CHAIN_UNRESOLVABLE: {
    status: 422,
    th: 'ไม่สามารถกำหนดสายการพิจารณาได้ (ไม่มีผู้อำนวยการหรือผู้รักษาราชการแทน)',
    en: 'No approval chain: the office has no director or acting director',
  },
  DELEGATION_NOT_IN_FORCE: {
    status: 403,
    th: 'การมอบอำนาจสิ้นสุดหรือถูกยกเลิกแล้ว กรุณาส่งกลับเพื่อเสนอใหม่',
    en: 'The delegation is no longer in force; return the memo so it can be resubmitted',
  },
  TOP_SECRET_REFUSED: {
    status: 422,
    th: 'เอกสารชั้นลับที่สุดไม่อนุญาตให้ดำเนินการในระบบอิเล็กทรอนิกส์',
    en: 'Top-secret (ลับที่สุด) documents are not allowed in electronic systems',
  },
  ATTACHMENT_TYPE_REFUSED: {
    status: 415,
    th: 'ไม่รองรับไฟล์ชนิดนี้ (รับ PDF รูปภาพ และเอกสารสำนักงาน)',
    en: 'File type not accepted (PDF, images and office documents only)',
  },
  ATTACHMENT_MISSING: { status: 400, th: 'กรุณาแนบไฟล์', en: 'No file was uploaded' },
  REGISTER_ENTRY_CANCELLED: {
    status: 409,
    th: 'เลขทะเบียนนี้ถูกยกเลิกแล้ว',
    en: 'This register number is already cancelled',
  },
  PDF_NOT_READY: {
    status: 503,
    th: 'กำลังจัดทำเอกสาร PDF กรุณาลองใหม่',
    en: 'The sealed PDF is not ready yet; retry shortly',
  },
  // rendering
  RENDERER_BUSY: {
    status: 503,
    th: 'ระบบสร้างเอกสาร PDF มีงานค้างมาก กรุณาลองใหม่อีกครั้ง',
    en: 'The PDF renderer is busy; retry shortly',
  },
  RENDER_FAILED: {
    status: 503,
    th: 'สร้างเอกสาร PDF ไม่สำเร็จ กรุณาลองใหม่อีกครั้ง',
    en: 'The PDF could not be rendered; retry shortly',
  },
  RENDER_TIMEOUT: {
    status: 503,
    th: 'สร้างเอกสาร PDF ใช้เวลานานเกินกำหนด กรุณาลองใหม่อีกครั้ง',
    en: 'Rendering the PDF took too long; retry shortly',
  },
  EMBLEM_PLACEHOLDER: {
    status: 503,
    th: 'ยังไม่ได้ตั้งค่าตราครุฑของหน่วยงาน ระบบจึงยังออกเอกสารฉบับจริงไม่ได้ กรุณาแจ้งผู้ดูแลระบบของหน่วยงานให้อัปโหลดตราครุฑที่หน้าผู้ดูแลระบบ',
    en: 'The office Garuda emblem is not configured (upload it on the admin page, or set EMBLEM_FILE); documents cannot be sealed with the placeholder emblem',
  },
  // oit
  OIT_CATALOG_NOT_FOUND: {
    status: 404,
    th: 'ไม่พบรายการตัวชี้วัด OIT ที่ใช้กับปีงบประมาณนี้',
    en: 'No OIT catalog covers this fiscal year',
  },
  OIT_INVALID_CATALOG: {
    status: 400,
    th: 'รายการตัวชี้วัด OIT ไม่ถูกต้อง',
    en: 'The OIT catalog is not valid',
  },
  OIT_UNKNOWN_ITEM: {
    status: 400,
    th: 'ไม่มีข้อ OIT นี้ในรายการของปีงบประมาณนี้',
    en: "No such OIT item in this fiscal year's catalog",
  },
  OIT_INVALID_RULE: {
    status: 400,
    th: 'เงื่อนไขการจับคู่ไม่ถูกต้อง',
    en: 'The matching rule is not valid',
  },
  OIT_RULE_TOO_COMPLEX: {
    status: 400,
    th: 'นิพจน์ปกติซับซ้อนเกินไป: จำนวนครั้งที่ทำซ้ำต้องไม่เกิน 100 และห้ามซ้อนการทำซ้ำจนโปรแกรมยาวเกิน 300 คำสั่ง',
    en: 'The regular expression is too complex: repeat counts up to 100, and no nesting that compiles to more than 300 instructions',
  },
  OIT_RULES_LIMIT: {
    status: 400,
    th: 'หน่วยงานมีเงื่อนไขการจับคู่มากหรือซับซ้อนเกินไปแล้ว (ไม่เกิน 200 เงื่อนไข และนิพจน์ปกติรวมไม่เกิน 1,200 คำสั่ง) กรุณาลบเงื่อนไขที่ไม่ใช้ก่อน',
    en: 'The office has too many or too complex matching rules (at most 200, and 1,200 regular-expression instructions in all); delete unused ones first',
  },
  OIT_SECRET_DOCUMENT: {
    status: 422,
    th: 'เป็นหนังสือลับ จะเผยแพร่เป็นหลักฐาน OIT ได้เมื่อยืนยันการเผยแพร่โดยชัดแจ้ง (allowSecret) และจะแสดงเพียงเลขที่และวันที่',
    en: 'This is a secret document: link it only with an explicit override (allowSecret); the public then sees only its number and date',
  },
  OIT_ALREADY_SUBMITTED: {
    status: 409,
    th: 'ส่งข้อมูล OIT ของปีงบประมาณนี้แล้ว สิ่งที่ส่งไปแล้วแก้ไขไม่ได้',
    en: 'The OIT evidence of this fiscal year was already submitted and cannot change',
  },
  OIT_FILE_MISSING: { status: 400, th: 'กรุณาแนบไฟล์หลักฐาน', en: 'No evidence file was uploaded' },
  OIT_FILE_TYPE_REFUSED: {
    status: 415,
    th: 'ไม่รองรับไฟล์ชนิดนี้ (รับ PDF รูปภาพ และเอกสารสำนักงาน)',
    en: 'File type not accepted (PDF, images and office documents only)',
  },
  ...CORRESPONDENCE_ERRORS,
  ...ACTION_LINK_ERRORS,
  ...AFTER_APPROVAL_ERRORS,
  ...DELEGATION_ERRORS,
  ...EMBLEM_ERRORS,
  ...LINE_ERRORS,
} as const satisfies Record<string, { status: number; th: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
