// Bangkok wall-clock time: Asia/Bangkok is UTC+7 all year, with no daylight saving.
import { parseCalendarDateTime } from '../validation/calendar-date';

export const BANGKOK = 'Asia/Bangkok';
export const DAY_MS = 86_400_000;
const OFFSET = '+07:00';
const OFFSET_MS = 7 * 3_600_000;

const latinParts = new Intl.DateTimeFormat('en-US-u-ca-gregory', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: BANGKOK,
});

const pad = (n: number): string => String(n).padStart(2, '0');

/** Calendar date parts in Bangkok, Gregorian year. */
export function bangkokDateParts(date: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(latinParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The Bangkok calendar day of an instant, `YYYY-MM-DD`. */
export const bangkokIsoDay = (date: Date): string => {
  const { year, month, day } = bangkokDateParts(date);
  return `${year}-${pad(month)}-${pad(day)}`;
};

/**
 * Bangkok midnight starting a `YYYY-MM-DD` day; an invalid Date when the day does not exist
 * (31 February is not 3 March).
 */
export const bangkokMidnight = (isoDay: string): Date =>
  parseCalendarDateTime(`${isoDay}T00:00:00${OFFSET}`);

/** Bangkok midnight starting the given calendar day (Gregorian year, month 1–12). */
export const bangkokDate = (year: number, month: number, day: number): Date =>
  bangkokMidnight(`${year}-${pad(month)}-${pad(day)}`);

/** The Bangkok midnight that ends a `YYYY-MM-DD` day: the exclusive end of a range of days. */
export const bangkokMidnightAfter = (isoDay: string): Date =>
  new Date(bangkokMidnight(isoDay).getTime() + DAY_MS);

/** The last second of a `YYYY-MM-DD` day in Bangkok: a deadline that day. */
export const bangkokEndOfDay = (isoDay: string): Date =>
  parseCalendarDateTime(`${isoDay}T23:59:59${OFFSET}`);

/** A datetime-local value (`YYYY-MM-DDTHH:mm`) read as Bangkok time; invalid when it does not exist. */
export const fromBangkokWallClock = (value: string): Date =>
  parseCalendarDateTime(`${value}:00${OFFSET}`);

/** An instant as a datetime-local value (`YYYY-MM-DDTHH:mm`) on a Bangkok wall clock. */
export const bangkokWallClock = (date: Date): string =>
  new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
