import { plainToInstance } from 'class-transformer';
import { IsOptional, validate } from 'class-validator';
import { CalendarDateTime, isCalendarDateTime, parseCalendarDateTime } from './calendar-date';

class Sample {
  @IsOptional()
  @CalendarDateTime()
  at?: Date | null;
}

const check = async (at: unknown) => {
  const dto = plainToInstance(Sample, { at });
  return { dto, errors: await validate(dto) };
};

describe('parseCalendarDateTime', () => {
  it.each([
    ['2026-02-28T10:00', '2026-02-28T03:00:00.000Z', '+07:00'],
    ['2028-02-29T10:00:00+07:00', '2028-02-29T03:00:00.000Z', ''],
    ['2000-02-29', '2000-02-29T00:00:00.000Z', ''],
    ['2026-12-31T23:59:59.999Z', '2026-12-31T23:59:59.999Z', ''],
    ['2026-01-01 00:00:00.123456Z', '2026-01-01T00:00:00.123Z', ''],
    ['2026-06-30T12:00:00-05:30', '2026-06-30T17:30:00.000Z', ''],
  ])('reads %s as the moment it names', (text, iso, zone) => {
    expect(parseCalendarDateTime(`${text}${zone}`).toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-31T10:00:00+07:00',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-45T10:00',
    '2026-00-10',
    '2026-01-00',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:60Z',
    '2026-01-01T10:00:00+24:00',
    '2026-1-1',
    '+275760-09-13T00:00:00Z',
    '01/02/2026',
    'May 1 2026',
    '2026-05-01Z',
    '',
  ])('refuses %p instead of rolling it over', (text) => {
    expect(isCalendarDateTime(text)).toBe(false);
  });
});

describe('@CalendarDateTime', () => {
  it('turns real calendar dates into Dates', async () => {
    const { dto, errors } = await check('2026-02-28T10:00:00+07:00');
    expect(errors).toEqual([]);
    expect(dto.at).toEqual(new Date('2026-02-28T03:00:00Z'));
  });

  it('refuses 31 February with a Thai and English message', async () => {
    const { errors } = await check('2026-02-31T10:00:00+07:00');
    const message = Object.values(errors[0].constraints ?? {})[0];
    expect(message).toMatch(/^at: วันที่หรือเวลานี้ไม่มีอยู่จริงในปฏิทิน \(must be an ISO 8601/);
  });

  it.each([0, 1_767_225_600_000, true, {}, [], 'garbage', new Date(Number.NaN)])(
    'refuses %p, which is not a date text',
    async (value) => {
      expect((await check(value)).errors).toHaveLength(1);
    },
  );

  it('leaves an absent or null value to @IsOptional', async () => {
    expect((await check(undefined)).errors).toEqual([]);
    expect((await check(null)).errors).toEqual([]);
  });
});
