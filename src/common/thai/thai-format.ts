// Thai dates and numerals through Intl, always in Asia/Bangkok (THAI-DOCS.md "Dates in code").
import { BANGKOK, bangkokDate, bangkokDateParts } from './bangkok-time';

const LOCALE = 'th-TH-u-ca-buddhist-nu-thai';

const longDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: BANGKOK,
});
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: '2-digit',
  timeZone: BANGKOK,
});
const timeOfDay = new Intl.DateTimeFormat(LOCALE, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: BANGKOK,
});
const thaiNumber = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false });

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Replaces ASCII digits with Thai digits, leaving everything else as it is. */
export const toThaiDigits = (text: string): string =>
  text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

/** Replaces Thai digits with ASCII digits (for search and parsing). */
export const fromThaiDigits = (text: string): string =>
  text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));

export const thaiNumeral = (n: number): string => thaiNumber.format(n);

/** `๒๔ พฤศจิกายน ๒๕๖๘` */
export const formatThaiDate = (date: Date): string => longDate.format(date);

/** `๒๔ พ.ย. ๖๘`, as written under an endorsement. */
export const formatThaiShortDate = (date: Date): string => shortDate.format(date);

/** `๑๔.๓๐ น.` */
export const formatThaiTime = (date: Date): string =>
  `${timeOfDay.format(date).replace(':', '.')} น.`;

/** Buddhist-era calendar year in Bangkok: registers restart on 1 January. */
export const buddhistYear = (date: Date): number => bangkokDateParts(date).year + 543;

/** Thai fiscal year (Buddhist era): 1 October 2568 starts fiscal year 2569. */
export function fiscalYear(date: Date): number {
  const { year, month } = bangkokDateParts(date);
  return year + 543 + (month >= 10 ? 1 : 0);
}

/** First and last instants of a fiscal year, as UTC Dates for Bangkok midnight boundaries. */
export function fiscalYearRange(fy: number): { start: Date; end: Date } {
  const gregorianStart = fy - 543 - 1;
  return {
    start: bangkokDate(gregorianStart, 10, 1),
    end: bangkokDate(gregorianStart + 1, 10, 1),
  };
}
