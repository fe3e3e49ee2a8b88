import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { fromBangkokWallClock } from '../../common/thai/bangkok-time';
import { CreateMemoDto } from '../../memo/dto/memo.dto';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import type { MemoReference } from '../../memo/memo.entity';
import type { DraftFields } from '../dto/draft.dto';
import type { MemoView } from '../../memo/memo.views';
import { thaiCount } from '../format';
import type { FieldError } from '../views/form-errors';
import { issuanceInput, lines } from './issuance-form.model';
import { planInput } from './on-approval-form.model';

// The drafting form as the memo the API takes, and the API's refusals as Thai form messages.

export const readerIdsOf = (form: DraftFields): number[] => [
  ...new Set(form.readerUserIds.map(Number)),
];

/**
 * อ้างถึง as the API stores them. A line left as it was keeps the earlier memo it pointed to
 * (set through the API), so editing on the web does not cut that link.
 */
const referencesOf = (text: string, saved: readonly MemoReference[]): MemoReference[] =>
  lines(text).map((line) => saved.find((r) => r.text === line) ?? { text: line });

/** The memo the form describes, in the API's own shape (blank paragraph rows dropped). */
export function memoInput(
  form: DraftFields,
  saved: readonly MemoReference[] = [],
  savedIssuance?: MemoView['issuance'],
  savedPlan?: MemoView['onApproval'],
): CreateMemoDto {
  const paragraphs = form.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  return plainToInstance(CreateMemoDto, {
    // A subject is one line; the textarea only lets long Thai subjects wrap while typing.
    subject: form.subject.replace(/\s*\n\s*/g, ' ').trim(),
    to: form.to.replace(/\s*\n\s*/g, ' ').trim(),
    paragraphs,
    closing: form.closing.trim(),
    urgency: form.urgency,
    urgentBy: form.urgentBy ? fromBangkokWallClock(form.urgentBy) : null,
    secrecy: form.secrecy,
    references: referencesOf(form.referencesText, saved),
    readerUserIds: readerIdsOf(form),
    ...(form.inReplyTo ? { inReplyTo: form.inReplyTo } : {}),
    issuance: issuanceInput(form, savedIssuance),
    onApproval: planInput(form, savedPlan),
  });
}

/** The office's people, by id: readers must be among them. */
export const officeIds = (people: ReadonlyArray<{ id: number }>): Set<number> =>
  new Set(people.map((u) => u.id));

/** The Thai message of a plan the service refused (ON_APPROVAL_…), for the form; else rethrows. */
export function planRefusal(error: unknown): FieldError[] {
  if (error instanceof DomainError && error.code.startsWith('ON_APPROVAL_'))
    return [{ field: FIELD_IDS.onApproval, message: ERROR_CATALOG[error.code].th }];
  throw error;
}

const UNKNOWN_READER = 'ผู้มีสิทธิ์อ่านที่เลือกไม่ใช่บุคลากรของสำนักงานนี้ กรุณาเลือกใหม่';

/** ด่วนภายใน that names no real moment (13th month, 31 February): the form says so. */
export const URGENT_BY_INVALID = 'วันเวลาด่วนภายในไม่ถูกต้อง (ไม่มีวันที่นี้ในปฏิทิน)';

/** The form field (its id) that holds each property of the memo; readers have no single one. */
const FIELD_IDS: Record<string, string> = {
  subject: 'subject',
  to: 'to',
  paragraphs: 'paragraph-1',
  closing: 'closing',
  urgentBy: 'urgentBy',
  issuance: 'issuanceSubject',
  references: 'referencesText',
  onApproval: 'taskGroupId',
};

const MESSAGES: Record<string, string> = {
  subject: 'กรุณากรอกเรื่อง',
  to: 'กรุณากรอกคำขึ้นต้น (เรียน)',
  paragraphs: 'กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า',
  closing: 'ข้อความปิดท้ายยาวเกินไป',
  urgentBy: URGENT_BY_INVALID,
  issuance: 'กรุณากรอกเรื่องและเนื้อความของประกาศ คำสั่ง หรือหนังสือที่แนบ',
  references:
    `อ้างถึงได้ไม่เกิน ${thaiCount(MEMO_LIMITS.references)} รายการ ` +
    `รายการละไม่เกิน ${thaiCount(MEMO_LIMITS.referenceText)} ตัวอักษร`,
  readerUserIds: `เลือกผู้มีสิทธิ์อ่านได้ไม่เกิน ${thaiCount(MEMO_LIMITS.readers)} คน`,
  onApproval: 'งานที่มอบหมายเมื่ออนุมัติ: กรุณาเลือกกลุ่ม กรอกงาน และวันกำหนดเสร็จที่มีอยู่จริงให้ครบ หรือเว้นว่างทั้งหมด',
};

const TOO_LONG_TO_STORE =
  'เนื้อความยาวเกินกว่าที่ระบบบันทึกได้ (รวมประมาณ ๒๑,๐๐๐ ตัวอักษร) กรุณาย่อ หรือแนบรายละเอียดเป็นสิ่งที่ส่งมาด้วย';

/** What is missing in the attached document, by the field the API refused. */
const ISSUANCE_FIELDS: Record<string, string> = {
  to: 'letterTo',
  committees: 'member-name-1',
  references: 'letterReferences',
  enclosures: 'letterEnclosures',
  copyTo: 'letterCopyTo',
};

const ISSUANCE_MESSAGES: Record<string, string> = {
  to: 'กรุณากรอกผู้รับหนังสือ (เรียน) ของหนังสือภายนอก',
  committees: 'กรุณากรอกชื่อคณะกรรมการ และชื่อกรรมการให้ครบทุกแถว',
  references: `อ้างถึงของหนังสือได้ไม่เกิน ${thaiCount(MEMO_LIMITS.letterItems)} รายการ`,
  enclosures: `สิ่งที่ส่งมาด้วยได้ไม่เกิน ${thaiCount(MEMO_LIMITS.letterItems)} รายการ`,
  copyTo: `สำเนาส่งได้ไม่เกิน ${thaiCount(MEMO_LIMITS.letterItems)} รายการ`,
};

const issuanceError = (e: ValidationError): FieldError => {
  const child = e.children?.find((c) => c.property in ISSUANCE_MESSAGES);
  return child
    ? { field: ISSUANCE_FIELDS[child.property], message: ISSUANCE_MESSAGES[child.property] }
    : { field: FIELD_IDS.issuance, message: MESSAGES.issuance };
};

const errorOf = (e: ValidationError): FieldError => {
  const field = FIELD_IDS[e.property] ?? '';
  if (e.constraints?.fitsTextColumn || e.children?.some((c) => c.constraints?.structureFits))
    return { field, message: TOO_LONG_TO_STORE };
  if (e.property === 'issuance') return issuanceError(e);
  return { field, message: MESSAGES[e.property] ?? 'ข้อมูลไม่ถูกต้อง' };
};

/** A ด่วนภายใน was given but names no real moment: a preview cannot print it. */
export const urgentByInvalid = (input: CreateMemoDto): boolean =>
  input.urgentBy instanceof Date && Number.isNaN(input.urgentBy.getTime());

/**
 * The API DTO's own rules, answered in Thai on the form; readers must be among the people the
 * form offered (the office's users), which the service would otherwise answer with a 404 page.
 */
export async function draftErrors(
  input: CreateMemoDto,
  officeUserIds?: ReadonlySet<number>,
): Promise<FieldError[]> {
  const errors: ValidationError[] = await validate(input, { whitelist: true });
  const found = errors.map(errorOf);
  const readers = input.readerUserIds ?? [];
  if (officeUserIds && readers.some((id) => !officeUserIds.has(id)))
    found.push({ field: '', message: UNKNOWN_READER });
  // One message once (a body too long can come from two properties).
  return found.filter((e, i) => found.findIndex((f) => f.message === e.message) === i);
}
