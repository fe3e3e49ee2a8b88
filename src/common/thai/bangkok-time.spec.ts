import {
  bangkokDate,
  bangkokDateParts,
  bangkokEndOfDay,
  bangkokIsoDay,
  bangkokMidnight,
  bangkokMidnightAfter,
  bangkokWallClock,
  fromBangkokWallClock,
} from './bangkok-time';

describe('Bangkok time', () => {
  it('starts a Bangkok day at 17:00 UTC the day before', () => {
    expect(bangkokMidnight('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(bangkokDate(2025, 10, 1).toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(bangkokDate(2028, 2, 29).toISOString()).toBe('2028-02-28T17:00:00.000Z');
  });

  it('ends a day at its last second, or at the next midnight for a range', () => {
    expect(bangkokEndOfDay('2026-03-31').toISOString()).toBe('2026-03-31T16:59:59.000Z');
    expect(bangkokMidnightAfter('2026-03-31').toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(bangkokMidnightAfter('2026-12-31')).toEqual(bangkokMidnight('2027-01-01'));
  });

  it.each(['2026-02-29', '2026-02-31', '2026-04-31', '2026-13-01', '2026-1-1', ''])(
    'answers an invalid Date for %p, a day that does not exist',
    (day) => {
      expect(Number.isNaN(bangkokMidnight(day).getTime())).toBe(true);
      expect(Number.isNaN(bangkokMidnightAfter(day).getTime())).toBe(true);
      expect(Number.isNaN(bangkokEndOfDay(day).getTime())).toBe(true);
    },
  );

  it('refuses a month or day out of range rather than rolling it over', () => {
    expect(Number.isNaN(bangkokDate(2026, 2, 30).getTime())).toBe(true);
    expect(Number.isNaN(bangkokDate(2026, 13, 1).getTime())).toBe(true);
  });

  it('names the Bangkok calendar day of an instant, which may be the next UTC day', () => {
    const lateUtc = new Date('2026-05-01T17:30:00Z');
    expect(bangkokIsoDay(lateUtc)).toBe('2026-05-02');
    expect(bangkokDateParts(lateUtc)).toEqual({ year: 2026, month: 5, day: 2 });
    expect(bangkokIsoDay(new Date('2026-05-01T16:59:59.999Z'))).toBe('2026-05-01');
    expect(bangkokIsoDay(bangkokMidnight('2026-01-09'))).toBe('2026-01-09');
  });

  it('reads and writes datetime-local values as Bangkok wall-clock time', () => {
    const at = fromBangkokWallClock('2026-02-28T10:30');
    expect(at.toISOString()).toBe('2026-02-28T03:30:00.000Z');
    expect(bangkokWallClock(at)).toBe('2026-02-28T10:30');
    expect(bangkokWallClock(new Date('2026-12-31T20:15:59Z'))).toBe('2027-01-01T03:15');
    expect(Number.isNaN(fromBangkokWallClock('2026-02-31T10:30').getTime())).toBe(true);
    expect(Number.isNaN(fromBangkokWallClock('2026-02-28T24:00').getTime())).toBe(true);
  });
});
