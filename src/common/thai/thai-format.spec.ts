import {
  buddhistYear,
  fiscalYear,
  fiscalYearRange,
  formatThaiDate,
  formatThaiShortDate,
  formatThaiTime,
  fromThaiDigits,
  thaiNumeral,
  toThaiDigits,
} from './thai-format';

describe('thai-format', () => {
  it('formats long and short Thai dates with Thai digits and the Buddhist era', () => {
    const d = new Date('2025-11-24T03:00:00Z');
    expect(formatThaiDate(d)).toBe('๒๔ พฤศจิกายน ๒๕๖๘');
    expect(formatThaiShortDate(new Date('2022-05-02T02:00:00Z'))).toBe('๒ พ.ค. ๖๕');
  });

  it('uses Bangkok time, not the server zone, at the edge of a day', () => {
    // 17:30 UTC on 31 Dec 2024 is already 1 Jan 2025 in Bangkok.
    const edge = new Date('2024-12-31T17:30:00Z');
    expect(formatThaiDate(edge)).toBe('๑ มกราคม ๒๕๖๘');
    expect(buddhistYear(edge)).toBe(2568);
    expect(buddhistYear(new Date('2024-12-31T16:59:59Z'))).toBe(2567);
    expect(formatThaiTime(edge)).toBe('๐๐.๓๐ น.');
  });

  it('computes the fiscal year from 1 October', () => {
    expect(fiscalYear(new Date('2025-09-30T16:59:59Z'))).toBe(2568);
    expect(fiscalYear(new Date('2025-09-30T17:00:00Z'))).toBe(2569);
    expect(fiscalYear(new Date('2022-03-15T00:00:00Z'))).toBe(2565);
    const range = fiscalYearRange(2565);
    expect(range.start.toISOString()).toBe('2021-09-30T17:00:00.000Z');
    expect(range.end.toISOString()).toBe('2022-09-30T17:00:00.000Z');
  });

  it('converts digits both ways', () => {
    expect(toThaiDigits('ศธ 04305/123')).toBe('ศธ ๐๔๓๐๕/๑๒๓');
    expect(fromThaiDigits('๑๒๐/๒๕๖๕')).toBe('120/2565');
    expect(thaiNumeral(2569)).toBe('๒๕๖๙');
  });
});
