/** Raw query rows bring dates as Date (mysql2) or as 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite). */
export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`;
  return new Date(iso);
}
