import { bangkokIsoDay, DAY_MS } from '../common/thai/bangkok-time';

/** Saturday and Sunday, by the Bangkok calendar. */
const isWeekend = (isoDay: string): boolean => {
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * Working days that have begun since `from`, up to `to`, in Bangkok: the days after `from`'s
 * day through `to`'s day, skipping weekends and the office's holidays (ISO days). A step that
 * arrived on Friday afternoon has waited one working day on Monday.
 */
export function workingDaysSince(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  const first = bangkokIsoDay(from);
  const last = bangkokIsoDay(to);
  let count = 0;
  for (let t = Date.parse(`${first}T00:00:00Z`) + DAY_MS; ; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last) return count;
    if (!isWeekend(day) && !holidays.has(day)) count++;
  }
}
