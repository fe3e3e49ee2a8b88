import type { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import type { EvidenceService } from '../../oit/evidence/evidence.service';
import { thaiCount, thaiDate } from '../format';

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

export function oitEvidencePage(
  checklist: Checklist,
  pick: { code?: string; q?: string },
  found: FoundDocument[],
  today: string,
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
  };
}

export type OitEvidencePage = ReturnType<typeof oitEvidencePage>;
