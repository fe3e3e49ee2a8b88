import type { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import { thaiCount } from '../format';

type Checklist = Awaited<ReturnType<ChecklistUseCase['execute']>>;
type Item = Checklist['items'][number];

const STATUS: Record<Item['status'], { label: string; symbol: string }> = {
  complete: { label: 'ครบถ้วน', symbol: '✓' },
  partial: { label: 'มีบางส่วน', symbol: '◐' },
  proposed: { label: 'รอยืนยัน', symbol: '?' },
  missing: { label: 'ยังไม่มี', symbol: '✗' },
};

const INDICATOR_TH: Record<string, string> = {
  '9': 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  '10': 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต',
};

/** Two decimals in Thai digits: "๘๗.๕๐". */
const score = (n: number): string =>
  new Intl.NumberFormat('th-TH-u-nu-thai', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n);

/** A bar as SVG attributes (no style attributes under the CSP), its colour by band. */
export function bar(percent: number) {
  const clamped = Math.max(0, Math.min(100, percent));
  return {
    width: `${clamped}%`,
    band: clamped >= 85 ? 'good' : clamped >= 50 ? 'mid' : 'low',
    text: `${score(percent)} คะแนน`,
  };
}

/** Where a piece of evidence can be read: our own memo page for memos, else its URL. */
const evidenceHref = (e: Item['evidence'][number]): string =>
  e.kind === 'memo' && e.documentId ? `/memos/${e.documentId}` : (e.url ?? '');

/** Survey points as a number field shows them (plain digits), or empty when not entered. */
const pointsField = (n: number | null): string => (n === null ? '' : String(n));

export function oitDashboard(checklist: Checklist, canDecide: boolean, canManage = false) {
  const items = new Map(checklist.items.map((i) => [i.code, i]));
  const subs = new Map<string, { code: string; name: string; items: Item[] }>();
  for (const item of checklist.items) {
    const sub = subs.get(item.subindicator) ?? {
      code: item.subindicator,
      name: item.subindicatorName,
      items: [],
    };
    sub.items.push(item);
    subs.set(item.subindicator, sub);
  }
  const s = checklist.score;
  return {
    fiscalYear: checklist.fiscalYear,
    yearTh: thaiCount(checklist.fiscalYear),
    catalogNote: checklist.carriedForward
      ? `ใช้รายการตัวชี้วัดของปีงบประมาณ ${thaiCount(checklist.catalogYear)}`
      : '',
    submitted: checklist.submittedAt !== null,
    cards: [
      { label: 'คะแนน OIT', value: `${score(s.oitPercent)}`, note: 'จาก ๑๐๐' },
      { label: 'คะแนนถ่วงน้ำหนักใน ITA', value: score(s.oitWeighted), note: 'จาก ๔๐' },
      s.total === undefined
        ? { label: 'ระดับผลการประเมิน', value: '—', note: 'ต้องบันทึกคะแนน IIT และ EIT ก่อน' }
        : { label: `ระดับ (ITA ${score(s.total)})`, value: s.level ?? '—', note: 'ตามเกณฑ์ ITA' },
      {
        label: 'ครบถ้วน',
        value: `${thaiCount(checklist.summary.complete ?? 0)}/${thaiCount(checklist.items.length)}`,
        note: 'ข้อ',
      },
    ],
    indicators: Object.entries(s.indicators).map(([code, value]) => ({
      label: INDICATOR_TH[code] ?? `ตัวชี้วัดที่ ${thaiCount(Number(code))}`,
      ...bar(value),
    })),
    legend: Object.entries(STATUS).map(([key, v]) => ({
      className: `tile status-${key}`,
      symbol: v.symbol,
      label: `${v.label} (${thaiCount(checklist.summary[key] ?? 0)})`,
    })),
    subindicators: [...subs.values()].map((sub) => ({
      code: sub.code,
      name: sub.name,
      ...bar(s.subindicators[sub.code] ?? 0),
      items: sub.items.map((i) => ({
        code: i.code,
        name: i.name,
        statusClass: `tile status-${i.status}`,
        pillClass: `status-${i.status}`,
        statusLabel: STATUS[i.status].label,
        symbol: STATUS[i.status].symbol,
        responsible: i.responsibleGroup?.name ?? '',
        due: i.overdue ? 'เลยกำหนด' : i.dueSoon ? 'ใกล้ครบกำหนด' : '',
        evidence: i.evidence
          .filter((e) => e.status === 'confirmed')
          .map((e) => ({ title: e.title, href: evidenceHref(e) })),
      })),
    })),
    proposals: checklist.items.flatMap((i) =>
      i.evidence
        .filter((e) => e.status === 'proposed')
        .map((e) => ({
          linkId: e.linkId,
          code: i.code,
          itemName: i.name,
          title: e.title,
          href: evidenceHref(e),
          score: thaiCount(Math.round(e.score * 100)),
        })),
    ),
    canDecide,
    canManage: canManage && checklist.submittedAt === null,
    survey: { iit: pointsField(s.iit), eit: pointsField(s.eit) },
    whatIf: s.whatIf
      .filter((w) => w.points > 0)
      .slice(0, 8)
      .map((w) => ({
        code: w.code,
        name: items.get(w.code)?.name ?? '',
        gain: `+${score(w.points)}`,
        // Bars relative to the largest gain, so the order reads at a glance.
        width: `${Math.round((w.points / Math.max(s.whatIf[0]?.points ?? 1, 0.01)) * 100)}%`,
      })),
  };
}

export type OitDashboard = ReturnType<typeof oitDashboard>;
