// The period a document names against an item's period rule: a report of fiscal year 2564 is
// no evidence of this year's plan, a quarter's figures are the six-month report's, a month's the
// monthly summary's. Words alone miss it ("รายงานผลการใช้จ่ายงบประมาณ" is O19 and O20 alike).
import { fromThaiDigits } from '../../common/thai/thai-format';
import type { PeriodRule } from '../catalog/catalog-format';
import { mentionsYear } from '../checklist/period-rules';

export interface NamedPeriod {
  /** It names the previous fiscal year (alone) or "last year". */
  previousYear: boolean;
  /** It names this fiscal year ("ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕" names both: it is this one). */
  thisYear: boolean;
  sixMonth: boolean;
  monthly: boolean;
  /** "ระยะ ๕ ปี", "พ.ศ. ๒๕๖๕ – ๒๕๖๙": a plan of several years. */
  multiYear: boolean;
}

const SIX_MONTH = /6\s*เดือน|ไตรมาส|ครึ่งปี/;
const MONTHLY = /ประจำเดือน|รายเดือน|รอบเดือน|สขร/;
const MULTI_YEAR = /ระยะ\s*[2-9]\s*ปี|(?:^|\D)(\d{4})\s*[-–]\s*(\d{4})(?:\D|$)/;
const CURRENT: readonly PeriodRule[] = ['fiscal-year', '6-month', 'monthly'];

export function namedPeriod(subject: string, fiscalYear: number): NamedPeriod {
  const title = fromThaiDigits(subject);
  const thisYear = mentionsYear(title, fiscalYear);
  return {
    previousYear: (mentionsYear(title, fiscalYear - 1) && !thisYear) || /ปีที่ผ่านมา/.test(title),
    thisYear,
    sixMonth: SIX_MONTH.test(title),
    monthly: MONTHLY.test(title),
    multiYear: spansYears(title),
  };
}

function spansYears(title: string): boolean {
  const match = MULTI_YEAR.exec(title);
  if (!match) return false;
  return match[1] === undefined || Number(match[2]) - Number(match[1]) >= 2;
}

/** What of an item's period the fit reads: its rule, and whether its text says "6 เดือน". */
export interface ItemPeriod {
  rule: PeriodRule;
  /** Evidence "often reported every six months" (O37, O43), though the rule is the year. */
  sixMonthly: boolean;
}

export const itemPeriod = (rule: PeriodRule, evidenceText: string): ItemPeriod => ({
  rule,
  sixMonthly: rule === '6-month' || SIX_MONTH.test(evidenceText),
});

/** From −1 (the document's period rules the item out) to 1 (it is the item's very period). */
export function periodFit(named: NamedPeriod, item: ItemPeriod): number {
  const { rule } = item;
  let fit = 0;
  if (named.previousYear)
    fit += rule === 'previous-fiscal-year' ? 1 : CURRENT.includes(rule) ? -0.5 : 0;
  else if (named.thisYear && rule === 'previous-fiscal-year') fit -= 1;
  if (named.sixMonth && item.sixMonthly) fit += rule === '6-month' ? 1 : 0.5;
  if (named.monthly && rule === 'monthly') fit += 1;
  if (named.multiYear && rule === 'multi-year') fit += 1;
  return Math.max(-1, Math.min(1, fit));
}
