import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { bangkokWallClock, fromBangkokWallClock } from '../../common/thai/bangkok-time';
import { CreateMemoDto } from '../../memo/dto/memo.dto';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import type { MemoReference } from '../../memo/memo.entity';
import {
  ISSUANCE_KIND_TH,
  ISSUANCE_KINDS,
  SECRECIES,
  SECRECY_TH,
  URGENCIES,
  URGENCY_TH,
} from '../../memo/memo.enums';
import type { MemoView } from '../../memo/memo.views';
import type { UserView } from '../../org/org.views';
import type { DraftFields } from '../dto/draft.dto';
import { fileSize, thaiCount } from '../format';

export const CLOSINGS = [
  'จึงเรียนมาเพื่อโปรดพิจารณา',
  'จึงเรียนมาเพื่อโปรดทราบ',
  'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ',
  'จึงเรียนมาเพื่อโปรดพิจารณาลงนาม',
];

const PARAGRAPH_HINTS = ['เรื่องเดิม: ด้วย…', 'ข้อเท็จจริง / ข้อพิจารณา', 'ข้อเสนอ: จึงเห็นควร…'];

/** The form's fields as the page shows them again (after an error, or for an edit). */
export interface DraftValues {
  subject: string;
  to: string;
  paragraphs: string[];
  closing: string;
  urgency: string;
  urgentBy: string;
  secrecy: string;
  issuanceKind: string;
  issuanceSubject: string;
  issuanceText: string;
  /** อ้างถึง, one per line. */
  referencesText: string;
  readerUserIds: number[];
}

export const blankDraft = (directorTitle: string): DraftValues => ({
  subject: '',
  to: directorTitle,
  paragraphs: ['', '', ''],
  closing: CLOSINGS[0],
  urgency: 'normal',
  urgentBy: '',
  secrecy: 'normal',
  issuanceKind: '',
  issuanceSubject: '',
  issuanceText: '',
  referencesText: '',
  readerUserIds: [],
});

export const draftValuesOf = (form: DraftFields): DraftValues => ({
  subject: form.subject,
  to: form.to,
  paragraphs: form.paragraphs.length > 0 ? form.paragraphs : [''],
  closing: form.closing,
  urgency: form.urgency,
  urgentBy: form.urgentBy ?? '',
  secrecy: form.secrecy,
  issuanceKind: form.issuanceKind ?? '',
  issuanceSubject: form.issuanceSubject,
  issuanceText: form.issuanceText,
  referencesText: form.referencesText,
  readerUserIds: readerIdsOf(form),
});

export const draftValuesOfMemo = (view: MemoView): DraftValues => ({
  subject: view.subject,
  to: view.to,
  paragraphs: view.paragraphs.length > 0 ? view.paragraphs : [''],
  closing: view.closing,
  urgency: view.urgency,
  urgentBy: view.urgentBy ? bangkokWallClock(new Date(view.urgentBy)) : '',
  secrecy: view.secrecy,
  issuanceKind: view.issuance?.kind ?? '',
  issuanceSubject: view.issuance?.subject ?? '',
  issuanceText: view.issuance?.paragraphs.join('\n') ?? '',
  referencesText: view.references.map((r) => r.text).join('\n'),
  readerUserIds: view.readerUserIds,
});

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const readerIdsOf = (form: DraftFields): number[] => [...new Set(form.readerUserIds.map(Number))];

/**
 * อ้างถึง as the API stores them. A line left as it was keeps the earlier memo it pointed to
 * (set through the API), so editing on the web does not cut that link.
 */
const referencesOf = (text: string, saved: readonly MemoReference[]): MemoReference[] =>
  lines(text).map((line) => saved.find((r) => r.text === line) ?? { text: line });

/** The memo the form describes, in the API's own shape (blank paragraph rows dropped). */
export function memoInput(form: DraftFields, saved: readonly MemoReference[] = []): CreateMemoDto {
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
    issuance: form.issuanceKind
      ? {
          kind: form.issuanceKind,
          subject: form.issuanceSubject.trim(),
          paragraphs: lines(form.issuanceText),
        }
      : null,
  });
}

const UNKNOWN_READER = 'ผู้มีสิทธิ์อ่านที่เลือกไม่ใช่บุคลากรของสำนักงานนี้ กรุณาเลือกใหม่';

/** ด่วนภายใน that names no real moment (13th month, 31 February): the form says so. */
export const URGENT_BY_INVALID = 'วันเวลาด่วนภายในไม่ถูกต้อง (ไม่มีวันที่นี้ในปฏิทิน)';

const MESSAGES: Record<string, string> = {
  subject: 'กรุณากรอกเรื่อง',
  to: 'กรุณากรอกคำขึ้นต้น (เรียน)',
  paragraphs: 'กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า',
  closing: 'ข้อความปิดท้ายยาวเกินไป',
  urgentBy: URGENT_BY_INVALID,
  issuance: 'กรุณากรอกเรื่องและเนื้อความของประกาศหรือคำสั่งที่แนบ',
  references:
    `อ้างถึงได้ไม่เกิน ${thaiCount(MEMO_LIMITS.references)} รายการ ` +
    `รายการละไม่เกิน ${thaiCount(MEMO_LIMITS.referenceText)} ตัวอักษร`,
  readerUserIds: `เลือกผู้มีสิทธิ์อ่านได้ไม่เกิน ${thaiCount(MEMO_LIMITS.readers)} คน`,
};

const TOO_LONG_TO_STORE =
  'เนื้อความยาวเกินกว่าที่ระบบบันทึกได้ (รวมประมาณ ๒๑,๐๐๐ ตัวอักษร) กรุณาย่อ หรือแนบรายละเอียดเป็นสิ่งที่ส่งมาด้วย';

const messageOf = (e: ValidationError): string =>
  e.constraints?.fitsTextColumn ? TOO_LONG_TO_STORE : (MESSAGES[e.property] ?? 'ข้อมูลไม่ถูกต้อง');

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
): Promise<string[]> {
  const errors: ValidationError[] = await validate(input, { whitelist: true });
  const messages = errors.map(messageOf);
  const readers = input.readerUserIds ?? [];
  if (officeUserIds && readers.some((id) => !officeUserIds.has(id))) messages.push(UNKNOWN_READER);
  return [...new Set(messages)];
}

/** A checkbox for each colleague who may be named a reader (the office's own users only). */
export interface ReaderChoice {
  id: number;
  label: string;
  detail: string;
  checked: boolean;
}

/** Active colleagues other than the author, and anyone already named (even if since suspended). */
export function readerChoices(
  users: readonly UserView[],
  authorUserId: number,
  selected: readonly number[],
): ReaderChoice[] {
  return users
    .filter((u) => selected.includes(u.id) || (u.active && u.id !== authorUserId))
    .map((u) => ({
      id: u.id,
      label: u.name,
      detail: [u.position, u.group].filter(Boolean).join(' · '),
      checked: selected.includes(u.id),
    }));
}

export interface DraftFormModel {
  heading: string;
  action: string;
  memoId: number | null;
  version: number | null;
  values: DraftValues;
  paragraphRows: Array<{ n: number; label: string; value: string; hint: string }>;
  removable: boolean;
  urgencies: Array<{ value: string; label: string; selected: boolean }>;
  secrecies: Array<{ value: string; label: string; checked: boolean }>;
  issuanceKinds: Array<{ value: string; label: string; checked: boolean }>;
  closings: string[];
  errors: string[];
  attachments: Array<{ id: number; name: string; size: string; href: string }>;
  uploadPath: string;
  returnedNote: string;
  readers: ReaderChoice[];
  /** "เลือกไว้ ๒ คน", or "" when nobody is named. */
  readersSummary: string;
}

export function draftForm(
  values: DraftValues,
  options: {
    heading: string;
    action: string;
    memoId?: number;
    version?: number;
    errors?: string[];
    view?: MemoView;
    readers?: ReaderChoice[];
  },
): DraftFormModel {
  const view = options.view;
  const lastReturn = view?.history.filter((s) => s.state === 'returned').at(-1);
  return {
    heading: options.heading,
    action: options.action,
    memoId: options.memoId ?? null,
    version: options.version ?? null,
    values,
    paragraphRows: values.paragraphs.map((value, i) => ({
      n: i + 1,
      label: `ย่อหน้าที่ ${thaiCount(i + 1)}`,
      value,
      hint: PARAGRAPH_HINTS[i] ?? '',
    })),
    removable: values.paragraphs.length > 1,
    urgencies: URGENCIES.map((u) => ({
      value: u,
      label: URGENCY_TH[u],
      selected: u === values.urgency,
    })),
    secrecies: SECRECIES.map((s) => ({
      value: s,
      label: SECRECY_TH[s],
      checked: s === values.secrecy,
    })),
    issuanceKinds: [
      { value: '', label: 'ไม่มี', checked: values.issuanceKind === '' },
      ...ISSUANCE_KINDS.map((k) => ({
        value: k,
        label: ISSUANCE_KIND_TH[k],
        checked: values.issuanceKind === k,
      })),
    ],
    closings: CLOSINGS,
    errors: options.errors ?? [],
    attachments:
      view?.attachments.map((a) => ({
        id: a.id,
        name: a.fileName,
        size: fileSize(a.size),
        href: `/memos/${view.id}/attachments/${a.id}`,
      })) ?? [],
    uploadPath: view ? `/memos/${view.id}/attachments` : '',
    returnedNote: view?.status === 'returned' && lastReturn ? lastReturn.note : '',
    readers: options.readers ?? [],
    readersSummary: values.readerUserIds.length
      ? `เลือกไว้ ${thaiCount(values.readerUserIds.length)} คน`
      : '',
  };
}

/** Adds or removes a paragraph row for the form posted without JavaScript. */
export function applyRowIntent(values: DraftValues, intent: string | undefined): boolean {
  if (intent === 'add-paragraph') {
    values.paragraphs = [...values.paragraphs, ''];
    return true;
  }
  const remove = /^remove-(\d+)$/.exec(intent ?? '');
  if (remove) {
    const index = Number(remove[1]) - 1;
    if (values.paragraphs.length > 1)
      values.paragraphs = values.paragraphs.filter((_, i) => i !== index);
    return true;
  }
  return false;
}
