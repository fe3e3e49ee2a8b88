import type { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import type { EvidenceService } from '../../oit/evidence/evidence.service';
import type { ValidationError } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { thaiCount, thaiDate } from '../format';
import { FieldError, formErrors } from '../views/form-errors';

type Checklist = Awaited<ReturnType<ChecklistUseCase['execute']>>;
type FoundDocument = Awaited<ReturnType<EvidenceService['findDocuments']>>[number];

const DOCUMENT_KINDS = [
  { value: 'memo', label: 'บันทึกข้อความ' },
  { value: 'announcement', label: 'ประกาศ' },
  { value: 'order', label: 'คำสั่ง' },
  { value: 'letter', label: 'หนังสือภายนอก' },
];

/** Months of a monthly item still missing, as the clerk reads them ("ต.ค. ๒๕๖๔"). */
const monthLabel = (key: string): string => {
  const [year, month] = key.split('-').map(Number);
  const name = new Intl.DateTimeFormat('th-TH', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
  return `${name} ${thaiCount(year + 543)}`;
};

/** The page that adds evidence to an item: a file, a web link, or an approved document. */
const kindLabel = (kind: string): string =>
  DOCUMENT_KINDS.find((k) => k.value === kind)?.label ?? kind;

/** What the search for approved documents found, or undefined before anything is typed. */
const searchResults = (q: string | undefined, found: FoundDocument[]) =>
  q === undefined || q.trim() === ''
    ? undefined
    : {
        q,
        documents: found.map((d) => ({
          ...d,
          kindLabel: kindLabel(d.documentType),
          dateTh: thaiDate(d.date),
        })),
      };

const TITLE_MESSAGE = 'กรุณากรอกชื่อหลักฐาน ไม่เกิน ๑,๐๐๐ ตัวอักษร';
const DATE_MESSAGE = 'อ่านวันที่ของหลักฐานไม่ได้ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น ๒๕/๑๒/๒๕๖๙';

/** The web-link form's typed fields: their ids on the page and what to say when refused. */
const WEB_FIELDS: Record<string, FieldError> = {
  title: { field: 'web-title-input', message: TITLE_MESSAGE },
  url: {
    field: 'web-url',
    message: 'ที่อยู่หน้าเว็บต้องขึ้นต้นด้วย https:// หรือ http:// เช่น https://www.example.go.th',
  },
  date: { field: 'web-date', message: DATE_MESSAGE },
};

/** The file form's typed fields (the file itself is checked by the evidence service). */
const FILE_FIELDS: Record<string, FieldError> = {
  title: { field: 'file-title-input', message: TITLE_MESSAGE },
  date: { field: 'file-date', message: DATE_MESSAGE },
};

/**
 * What the coordinator typed wrong in an evidence form, by field. The year and the item come
 * from the page itself: a wrong one is not a typing slip and stays a plain 400.
 */
function evidenceErrors(
  problems: ValidationError[],
  fields: Record<string, FieldError>,
): FieldError[] {
  const hidden = problems.filter((p) => !(p.property in fields));
  if (hidden.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      hidden.map((p) => `${p.property} is not valid`),
    );
  return problems.map((p) => fields[p.property]);
}

export const webEvidenceErrors = (problems: ValidationError[]): FieldError[] =>
  evidenceErrors(problems, WEB_FIELDS);

export const fileEvidenceErrors = (problems: ValidationError[]): FieldError[] =>
  evidenceErrors(problems, FILE_FIELDS);

/** A file the evidence service refused, answered beside the file field. */
export const fileRefused = (message: string): FieldError => ({ field: 'file', message });

/** An evidence form as typed (the file form has no url), shown again beside its errors. */
export interface EvidenceValues {
  title: string;
  url: string;
  date: string;
}

/** Which form was refused, what was typed in it, and why. */
export interface TypedEvidence {
  form: 'web' | 'file';
  values: EvidenceValues;
  errors: FieldError[];
}

export function oitEvidencePage(
  checklist: Checklist,
  pick: { code?: string; q?: string },
  found: FoundDocument[],
  today: string,
  typed?: TypedEvidence,
) {
  const code = pick.code;
  const chosen = checklist.items.find((i) => i.code === code) ?? checklist.items[0];
  const missing = chosen?.period.months?.missing ?? [];
  return {
    fiscalYear: checklist.fiscalYear,
    yearTh: thaiCount(checklist.fiscalYear),
    submitted: checklist.submittedAt !== null,
    today,
    items: checklist.items.map((i) => ({
      code: i.code,
      label: `${i.code} ${i.name}`,
      selected: i.code === chosen?.code,
    })),
    chosen: chosen
      ? {
          code: chosen.code,
          name: chosen.name,
          period: chosen.period.windowTh || chosen.period.window.label,
          missing: missing.map(monthLabel).join(', '),
        }
      : undefined,
    documentKinds: DOCUMENT_KINDS,
    search: searchResults(pick.q, found),
    web: typed?.form === 'web' ? typed.values : { title: '', url: '', date: '' },
    file: typed?.form === 'file' ? typed.values : { title: '', url: '', date: '' },
    ...formErrors(typed?.errors ?? []),
  };
}

export type OitEvidencePage = ReturnType<typeof oitEvidencePage>;
