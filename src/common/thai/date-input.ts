// Dates as Thai officers type them: day first and the Buddhist-era year ("๒๕/๑๒/๒๕๖๙",
// "25/12/2569 10.30 น."), or ISO as scripts send it. Parsing only reshapes the text into ISO;
// whether that day exists is left to the validators, which refuse 31 February.
import { fromThaiDigits, toThaiDigits } from './thai-format';

/** Years from here up are Buddhist era (พ.ศ. 2400 is 1857; no document is that old). */
const FIRST_BE_YEAR = 2400;
const BE_OFFSET = 543;

const DAY_FIRST =
  /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s*(?:,|เวลา)?\s*(\d{1,2})[:.](\d{2})\s*(?:น\.?)?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A typed year as the Gregorian year: two digits are พ.ศ. 25xx, four from 2400 are พ.ศ. */
function gregorianYear(typed: string): number {
  const year = Number(typed);
  if (typed.length === 2) return 2500 + year - BE_OFFSET;
  return year >= FIRST_BE_YEAR ? year - BE_OFFSET : year;
}

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (Gregorian) for a typed date, or null when the text is not
 * a date at all (the caller keeps it, and the validator refuses it with its message).
 */
export function parseDateInput(text: string): string | null {
  const plain = fromThaiDigits(text.normalize('NFC')).trim();
  const dayFirst = DAY_FIRST.exec(plain);
  const iso = dayFirst ? null : ISO.exec(plain);
  if (!dayFirst && !iso) return null;
  const [day, month, year, hour, minute] = dayFirst
    ? [dayFirst[1], dayFirst[2], gregorianYear(dayFirst[3]), dayFirst[4], dayFirst[5]]
    : [iso![3], iso![2], gregorianYear(iso![1]), iso![4], iso![5]];
  const date = `${pad(year, 4)}-${pad(Number(month))}-${pad(Number(day))}`;
  return hour === undefined ? date : `${date}T${pad(Number(hour))}:${minute}`;
}

/** An ISO date (and time) as the field shows it back: `25/12/2569` or `25/12/2569 10:30`. */
export function formatDateInput(iso: string | null | undefined): string {
  const m = iso ? ISO.exec(iso) : null;
  if (!m) return iso ?? '';
  const [, year, month, day, hour, minute] = m;
  const date = `${day}/${month}/${Number(year) + BE_OFFSET}`;
  return hour === undefined ? date : `${date} ${hour}:${minute}`;
}

/** The same, in Thai digits, for text around the field ("๒๕/๑๒/๒๕๖๙"). */
export const formatDateInputTh = (iso: string | null | undefined): string =>
  toThaiDigits(formatDateInput(iso));
