import type { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import { thaiCount } from '../format';

type Checklist = Awaited<ReturnType<ChecklistUseCase['execute']>>;

const DOCUMENT_KINDS = [
  { value: 'memo', label: 'บันทึกข้อความ' },
  { value: 'announcement', label: 'ประกาศ' },
  { value: 'order', label: 'คำสั่ง' },
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
export function oitEvidencePage(checklist: Checklist, code: string | undefined, today: string) {
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
  };
}

export type OitEvidencePage = ReturnType<typeof oitEvidencePage>;
