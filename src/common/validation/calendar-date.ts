import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * ISO 8601 as clients and date inputs send it: a date, or a date and a time (seconds and
 * fraction optional) with an optional zone. `Date` itself would read 2026-02-31 as 3 March and
 * 24:00 as the next day; the fields are checked here instead, so such a date is refused.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const zoneExists = (zone: string): boolean => {
  if (zone.toUpperCase() === 'Z') return true;
  const [h, m] = zone.slice(1).split(':').map(Number);
  return h <= 23 && m <= 59;
};

/** The moment an ISO 8601 text names; an invalid Date when that day or time does not exist. */
export function parseCalendarDateTime(text: string): Date {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return new Date(Number.NaN);
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '0', zone] = m;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  const exists =
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, mo) &&
    h <= 23 &&
    mi <= 59 &&
    s <= 59 &&
    (zone === undefined || zoneExists(zone));
  if (!exists) return new Date(Number.NaN);
  const ms = fraction.padEnd(3, '0').slice(0, 3);
  // A date alone is UTC midnight and a time without a zone is local time, as Date reads them.
  const time = m[4] === undefined ? '' : `T${hour}:${minute}:${second}.${ms}${zone ?? ''}`;
  return new Date(`${year}-${month}-${day}${time}`);
}

export const isCalendarDateTime = (text: string): boolean =>
  !Number.isNaN(parseCalendarDateTime(text).getTime());

const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * A date-time field: ISO 8601 text becomes a Date only when that calendar day and time exist
 * (31 February, month 13 or 25:00 are refused with 400 instead of rolling over). Anything other
 * than such text or a valid Date is refused too.
 */
export const CalendarDateTime = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? parseCalendarDateTime(value) : value,
    ),
    ValidateBy(
      {
        name: 'calendarDateTime',
        validator: {
          validate: (value: unknown) => isValidDate(value),
          defaultMessage: () =>
            '$property: วันที่หรือเวลานี้ไม่มีอยู่จริงในปฏิทิน ' +
            '(must be an ISO 8601 date-time that exists in the calendar, e.g. 2026-02-28T10:00:00+07:00)',
        },
      },
      options,
    ),
  );

/** A text field (kept as text) holding an ISO 8601 date or date-time that exists. */
export const IsCalendarDateText = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDateText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDateTime(value),
        defaultMessage: () =>
          '$property: วันที่นี้ไม่มีอยู่จริงในปฏิทิน (must be a date that exists in the calendar)',
      },
    },
    options,
  );
