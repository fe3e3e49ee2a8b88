import { workingDaysSince } from './working-days';

// Bangkok is UTC+7: 2026-12-04 is a Friday, 2026-12-05 (วันพ่อ) a Saturday.
const at = (iso: string) => new Date(`${iso}+07:00`);

describe('workingDaysSince', () => {
  it('counts no day on the day itself', () => {
    expect(workingDaysSince(at('2026-12-01T08:00'), at('2026-12-01T23:59'), new Set())).toBe(0);
  });

  it('skips the weekend: Friday afternoon to Monday morning is one working day', () => {
    expect(workingDaysSince(at('2026-12-04T16:00'), at('2026-12-07T08:30'), new Set())).toBe(1);
  });

  it('skips the office holidays', () => {
    const holidays = new Set(['2026-12-10']);
    // Tue 8 → Fri 11: Wed 9, (Thu 10 holiday), Fri 11
    expect(workingDaysSince(at('2026-12-08T09:00'), at('2026-12-11T09:00'), holidays)).toBe(2);
    expect(workingDaysSince(at('2026-12-08T09:00'), at('2026-12-11T09:00'), new Set())).toBe(3);
  });

  it('reads days in Bangkok, not UTC', () => {
    // 23:30 on Monday in Bangkok is 16:30 UTC Monday; 00:30 Tuesday in Bangkok is Monday in UTC.
    expect(workingDaysSince(at('2026-12-07T23:30'), at('2026-12-08T00:30'), new Set())).toBe(1);
  });

  it('is zero when the end is before the start', () => {
    expect(workingDaysSince(at('2026-12-08T09:00'), at('2026-12-01T09:00'), new Set())).toBe(0);
  });
});
