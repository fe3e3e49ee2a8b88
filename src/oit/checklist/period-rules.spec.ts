import {
  elapsedMonths,
  evaluatePeriod,
  fiscalMonths,
  mentionsYear,
  monthsNamedIn,
} from './period-rules';

const at = (iso: string): Date => new Date(`${iso}T10:00:00+07:00`);
const ev = (iso: string, title = 'หลักฐาน') => ({ date: at(iso), title });
// Well after FY 2565 ended: every month of it has elapsed.
const LATER = at('2026-11-24');

describe('fiscal months', () => {
  it('runs October to September', () => {
    expect(fiscalMonths(2565)).toEqual([
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
    ]);
  });

  it('counts only months that have ended, in Bangkok time', () => {
    expect(elapsedMonths(2570, at('2026-11-24'))).toEqual(['2026-10']);
    expect(elapsedMonths(2570, at('2026-10-15'))).toEqual([]);
    // 30 Nov 23:30 in Bangkok is still November there, though 1 Dec has begun nowhere yet.
    expect(elapsedMonths(2570, new Date('2026-11-30T16:30:00Z'))).toEqual(['2026-10']);
    expect(elapsedMonths(2570, new Date('2026-11-30T17:30:00Z'))).toEqual(['2026-10', '2026-11']);
    expect(elapsedMonths(2565, LATER)).toHaveLength(12);
  });
});

describe('months named in a title', () => {
  it.each([
    ['สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ๒๕๖๔', ['2021-10']],
    ['แบบ สขร.๑ เดือน ม.ค. ๖๕', ['2022-01']],
    ['สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม – ธันวาคม ๒๕๖๔', ['2021-10', '2021-11', '2021-12']],
    [
      'สรุปผล ต.ค. ๒๕๖๔ ถึง มี.ค. ๒๕๖๕',
      ['2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03'],
    ],
    ['เดือนมีนาคมและเมษายน', ['2022-03', '2022-04']],
    ['รายงานประจำปี', []],
  ])('%s', (title, months) => {
    expect(monthsNamedIn(title, 2565)).toEqual(months);
  });
});

describe('period rules', () => {
  it('standing items need any confirmed evidence linked to the year', () => {
    expect(evaluatePeriod('standing', 2565, [], LATER).satisfied).toBe(false);
    expect(evaluatePeriod('standing', 2565, [ev('2019-05-01')], LATER).satisfied).toBe(true);
  });

  it('fiscal-year items need evidence dated within 1 Oct – 30 Sep', () => {
    expect(evaluatePeriod('fiscal-year', 2565, [ev('2021-10-01')], LATER).satisfied).toBe(true);
    expect(evaluatePeriod('fiscal-year', 2565, [ev('2022-09-30')], LATER).satisfied).toBe(true);
    const outside = evaluatePeriod('fiscal-year', 2565, [ev('2021-09-30')], LATER);
    expect(outside.satisfied).toBe(false);
    expect(outside.notes).toHaveLength(1);
    expect(outside.window).toMatchObject({ from: '2021-10-01', to: '2022-09-30' });
  });

  it('six-month items need evidence dated October – March, due at the end of March', () => {
    const r = evaluatePeriod('6-month', 2565, [ev('2022-03-31')], LATER);
    expect(r).toMatchObject({ satisfied: true, due: '2022-03-31' });
    expect(r.window).toMatchObject({ from: '2021-10-01', to: '2022-03-31' });
    expect(evaluatePeriod('6-month', 2565, [ev('2022-04-01')], LATER).satisfied).toBe(false);
    expect(evaluatePeriod('6-month', 2565, [ev('2021-09-30')], LATER).satisfied).toBe(false);
  });

  it('previous-year items need a report that names the previous fiscal year', () => {
    const about2564 = ev('2021-11-15', 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔');
    expect(evaluatePeriod('previous-fiscal-year', 2565, [about2564], LATER).satisfied).toBe(true);
    const about2565 = ev('2021-11-15', 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๕');
    const r = evaluatePeriod('previous-fiscal-year', 2565, [about2565], LATER);
    expect(r.satisfied).toBe(false);
    expect(r.notes[0]).toContain('๒๕๖๔');
    expect(r.window).toMatchObject({ from: '2020-10-01', to: '2021-09-30' });
  });

  it('monthly items need every elapsed month, by the month named or else the date', () => {
    const some = [ev('2026-11-05', 'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ๒๕๖๙')];
    const now = at('2026-12-10');
    const partial = evaluatePeriod('monthly', 2570, some, now);
    expect(partial.satisfied).toBe(false);
    expect(partial.months).toEqual({
      required: ['2026-10', '2026-11'],
      covered: ['2026-10'],
      missing: ['2026-11'],
    });
    // November's summary is due by the end of December.
    expect(partial.due).toBe('2026-12-31');
    const all = [...some, ev('2026-11-28')];
    const full = evaluatePeriod('monthly', 2570, all, now);
    expect(full.satisfied).toBe(true);
    // Next comes December's summary, due by the end of January.
    expect(full.due).toBe('2027-01-31');
  });

  it('treats a monthly item with no elapsed month as met by any evidence', () => {
    const now = at('2026-10-10');
    expect(evaluatePeriod('monthly', 2570, [], now).satisfied).toBe(false);
    expect(evaluatePeriod('monthly', 2570, [ev('2026-10-05')], now).satisfied).toBe(true);
  });

  it('finds years written in Thai or Arabic digits, not inside longer numbers', () => {
    expect(mentionsYear('ปีงบประมาณ พ.ศ. ๒๕๖๔', 2564)).toBe(true);
    expect(mentionsYear('ปี 2564', 2564)).toBe(true);
    expect(mentionsYear('เลขที่ 125645', 2564)).toBe(false);
  });
});
