// Whether an item's confirmed evidence covers the period its catalog entry asks for.
import {
  bangkokDate,
  bangkokDateParts,
  bangkokIsoDay,
  DAY_MS,
} from '../../common/thai/bangkok-time';
import {
  fiscalYearRange,
  formatThaiDate,
  fromThaiDigits,
  toThaiDigits,
} from '../../common/thai/thai-format';
import type { PeriodRule } from '../catalog/catalog-format';

export interface PeriodEvidence {
  date: Date;
  /** The evidence's title: where a report names its month or the year it reports on. */
  title: string;
}

export interface PeriodWindow {
  from: string;
  to: string;
  label: string;
}

export interface PeriodResult {
  rule: PeriodRule;
  /** The confirmed evidence fulfils the rule. */
  satisfied: boolean;
  /** How many confirmed pieces count towards the rule. */
  counted: number;
  window: PeriodWindow;
  /** Monthly items: the months that must be covered so far, those covered and those missing. */
  months?: { required: string[]; covered: string[]; missing: string[] };
  /** Why evidence on file does not count, in Thai. */
  notes: string[];
  /** When the next piece is due, if the rule has a deadline of its own. */
  due?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthKey = (year: number, month: number): string => `${year}-${pad(month)}`;

/** The twelve months of a fiscal year, October first, as `YYYY-MM` (Gregorian). */
export function fiscalMonths(fy: number): string[] {
  const startYear = fy - 543 - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((9 + i) % 12) + 1;
    return monthKey(m >= 10 ? startYear : startYear + 1, m);
  });
}

/** Months of the fiscal year that have ended by `now`. */
export function elapsedMonths(fy: number, now: Date): string[] {
  const { year, month } = bangkokDateParts(now);
  const current = monthKey(year, month);
  return fiscalMonths(fy).filter((m) => m < current);
}

const monthNames = (style: 'long' | 'short'): string[] => {
  const format = new Intl.DateTimeFormat('th-TH', { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
};
const MONTHS_LONG = monthNames('long');
const MONTHS_SHORT = monthNames('short');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Long names first so that "มีนาคม" is not read as a shorter name inside it.
const MONTH_PATTERN = new RegExp(
  [...MONTHS_LONG, ...MONTHS_SHORT].map(escapeRegExp).join('|'),
  'g',
);
const RANGE_JOIN = /^\s*(?:พ\.ศ\.\s*)?(?:\d{2,4}\s*)?(?:-|–|—|ถึง)\s*$/;

const monthIndexOf = (name: string): number => {
  const long = MONTHS_LONG.indexOf(name);
  return long >= 0 ? long + 1 : MONTHS_SHORT.indexOf(name) + 1;
};

/**
 * Months a title names ("ประจำเดือนตุลาคม ๒๕๖๔", "ต.ค. – ธ.ค. ๖๔"), placed in the fiscal
 * year; a range between two names covers the months between. Empty when it names none.
 */
export function monthsNamedIn(title: string, fy: number): string[] {
  const all = fiscalMonths(fy);
  const inFy = (month: number): number => all.findIndex((k) => Number(k.slice(5)) === month);
  const matches = [...fromThaiDigits(title).matchAll(MONTH_PATTERN)];
  const found = new Set<number>();
  for (let i = 0; i < matches.length; i++) {
    const here = inFy(monthIndexOf(matches[i][0]));
    found.add(here);
    const next = matches[i + 1];
    if (next && next.index !== undefined && matches[i].index !== undefined) {
      const between = fromThaiDigits(title).slice(
        matches[i].index + matches[i][0].length,
        next.index,
      );
      if (RANGE_JOIN.test(between)) {
        const end = inFy(monthIndexOf(next[0]));
        for (let k = here; k <= end; k++) found.add(k);
      }
    }
  }
  return [...found].sort((a, b) => a - b).map((k) => all[k]);
}

const dateMonth = (d: Date): string => {
  const { year, month } = bangkokDateParts(d);
  return monthKey(year, month);
};

/** A report on fiscal year N-1 says so: "ปีงบประมาณ พ.ศ. ๒๕๖๔", "ปี 2564". */
export const mentionsYear = (title: string, year: number): boolean =>
  new RegExp(`(^|\\D)${year}(\\D|$)`).test(fromThaiDigits(title));

const within = (d: Date, from: Date, to: Date): boolean =>
  d.getTime() >= from.getTime() && d.getTime() < to.getTime();

const lastDayBefore = (d: Date): string => bangkokIsoDay(new Date(d.getTime() - DAY_MS));

const windowOf = (from: Date, to: Date, label: string): PeriodWindow => ({
  from: bangkokIsoDay(from),
  to: lastDayBefore(to),
  label,
});

const thaiRange = (from: Date, to: Date): string =>
  `${formatThaiDate(from)} – ${formatThaiDate(new Date(to.getTime() - DAY_MS))}`;

/** Evaluates one item's rule for fiscal year `fy` against its confirmed evidence. */
export function evaluatePeriod(
  rule: PeriodRule,
  fy: number,
  evidence: readonly PeriodEvidence[],
  now: Date,
): PeriodResult {
  const { start, end } = fiscalYearRange(fy);
  const fyWindow = windowOf(start, end, `ปีงบประมาณ พ.ศ. ${toThaiDigits(String(fy))}`);
  const counting = (
    counted: number,
    window: PeriodWindow,
    notes: string[] = [],
    due?: string,
  ): PeriodResult => ({
    rule,
    satisfied: counted > 0,
    counted,
    window,
    notes,
    ...(due ? { due } : {}),
  });
  switch (rule) {
    case 'standing':
    case 'multi-year':
      // Current information or a plan covering the year: any confirmed piece linked to the year.
      return counting(evidence.length, fyWindow);
    case 'fiscal-year': {
      const inYear = evidence.filter((e) => within(e.date, start, end));
      const notes = inYear.length < evidence.length ? ['มีหลักฐานที่ลงวันที่นอกปีงบประมาณ ไม่นับ'] : [];
      return counting(inYear.length, fyWindow, notes);
    }
    case '6-month': {
      // The first half of the fiscal year: 1 October – 31 March.
      const halfEnd = bangkokDate(fy - 543, 4, 1);
      const inHalf = evidence.filter((e) => within(e.date, start, halfEnd));
      const notes = inHalf.length < evidence.length ? ['มีหลักฐานที่ลงวันที่นอกช่วง ต.ค. – มี.ค. ไม่นับ'] : [];
      const window = windowOf(start, halfEnd, `รอบ ๖ เดือน ${thaiRange(start, halfEnd)}`);
      return counting(inHalf.length, window, notes, lastDayBefore(halfEnd));
    }
    case 'previous-fiscal-year': {
      const previous = fy - 1;
      const about = evidence.filter((e) => mentionsYear(e.title, previous));
      const notes =
        about.length < evidence.length
          ? [`มีหลักฐานที่ไม่ระบุว่าเป็นผลของปีงบประมาณ พ.ศ. ${toThaiDigits(String(previous))} ไม่นับ`]
          : [];
      const prev = fiscalYearRange(previous);
      const window = windowOf(
        prev.start,
        prev.end,
        `ผลการดำเนินงานปีงบประมาณ พ.ศ. ${toThaiDigits(String(previous))}`,
      );
      return counting(about.length, window, notes);
    }
    case 'monthly':
      return evaluateMonthly(fy, evidence, now, fyWindow);
  }
}

function evaluateMonthly(
  fy: number,
  evidence: readonly PeriodEvidence[],
  now: Date,
  fyWindow: PeriodWindow,
): PeriodResult {
  const months = fiscalMonths(fy);
  const required = elapsedMonths(fy, now);
  const covered = new Set<string>();
  for (const e of evidence) {
    const named = monthsNamedIn(e.title, fy);
    for (const m of named.length > 0 ? named : [dateMonth(e.date)]) {
      if (months.includes(m)) covered.add(m);
    }
  }
  const missing = required.filter((m) => !covered.has(m));
  // Each month's summary is due by the end of the month after it.
  const dueMonth = missing[0] ?? months.find((m) => !covered.has(m) && !required.includes(m));
  const due = dueMonth ? endOfFollowingMonth(dueMonth) : undefined;
  return {
    rule: 'monthly',
    satisfied: required.length > 0 ? missing.length === 0 : covered.size > 0,
    counted: covered.size,
    window: { ...fyWindow, label: `รายเดือน ${fyWindow.label}` },
    months: { required, covered: months.filter((m) => covered.has(m)), missing },
    notes: [],
    ...(due ? { due } : {}),
  };
}

function endOfFollowingMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const afterNext = m >= 11 ? bangkokDate(y + 1, m - 10, 1) : bangkokDate(y, m + 2, 1);
  return lastDayBefore(afterNext);
}
