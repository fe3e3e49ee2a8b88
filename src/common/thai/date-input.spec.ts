import { formatDateInput, parseDateInput } from './date-input';

describe('dates as Thai officers type them', () => {
  it.each([
    ['25/12/2569', '2026-12-25'],
    ['๒๕/๑๒/๒๕๖๙', '2026-12-25'],
    ['1/2/2570', '2027-02-01'],
    ['25-12-69', '2026-12-25'],
    ['25.12.2569', '2026-12-25'],
    ['25/12/2026', '2026-12-25'],
    ['2026-12-25', '2026-12-25'],
    ['2569-12-25', '2026-12-25'],
    ['25/12/2569 10:30', '2026-12-25T10:30'],
    ['๒๕/๑๒/๒๕๖๙ ๑๐.๓๐ น.', '2026-12-25T10:30'],
    ['25/12/2569 เวลา 9.05 น', '2026-12-25T09:05'],
    ['2026-12-25T10:30', '2026-12-25T10:30'],
    ['2569-12-25T10:30', '2026-12-25T10:30'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso);
  });

  it.each(['', 'พรุ่งนี้', '12/2569', '2569', '25/12/256', '25/12/2569 25'])(
    'leaves %p to the validator',
    (typed) => {
      expect(parseDateInput(typed)).toBeNull();
    },
  );

  it('keeps a day that does not exist as it was typed, for the validator to refuse', () => {
    expect(parseDateInput('31/02/2569')).toBe('2026-02-31');
  });

  it('shows an ISO value back in the Buddhist era, day first', () => {
    expect(formatDateInput('2026-12-25')).toBe('25/12/2569');
    expect(formatDateInput('2026-12-25T10:30')).toBe('25/12/2569 10:30');
    expect(formatDateInput(undefined)).toBe('');
    expect(formatDateInput('garbage')).toBe('garbage');
  });
});
