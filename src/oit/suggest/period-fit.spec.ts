import { itemPeriod, namedPeriod, periodFit } from './period-fit';

const FY = 2565;

describe('the period a subject names', () => {
  it('reads Thai and Arabic digits alike', () => {
    expect(namedPeriod('รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔', FY)).toMatchObject({
      previousYear: true,
      thisYear: false,
    });
    expect(namedPeriod('รายงานผลการดำเนินงานประจำปีงบประมาณ 2564', FY).previousYear).toBe(true);
  });

  it('takes "ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕" for this year’s first half, not last year', () => {
    expect(namedPeriod('รายงาน รอบ ๖ เดือน (ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕)', FY)).toMatchObject({
      previousYear: false,
      thisYear: true,
      sixMonth: true,
    });
  });

  it('knows quarters, months and plans of several years', () => {
    expect(namedPeriod('รายงานผลการเบิกจ่าย ไตรมาสที่ ๒', FY).sixMonth).toBe(true);
    expect(namedPeriod('สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม ๒๕๖๕', FY).monthly).toBe(true);
    expect(namedPeriod('แผนพัฒนาการศึกษา ระยะ ๕ ปี', FY).multiYear).toBe(true);
    expect(namedPeriod('แผนยุทธศาสตร์ พ.ศ. ๒๕๖๕ – ๒๕๖๙', FY).multiYear).toBe(true);
    expect(namedPeriod('รายงาน ตุลาคม ๒๕๖๔ - ๒๕๖๕', FY).multiYear).toBe(false);
  });
});

describe('how a named period fits an item’s period rule', () => {
  const previous = itemPeriod('previous-fiscal-year', 'รายงานผลของปี 2564');
  const sixMonth = itemPeriod('6-month', 'ครอบคลุม 6 เดือนแรก');
  const yearOftenHalf = itemPeriod('fiscal-year', 'ผลการดำเนินการ (มักรายงานรอบ 6 เดือน)');
  const year = itemPeriod('fiscal-year', 'แผนของปี 2565');

  it('rules last year’s report out for a document of this year, and in for one of last year', () => {
    const thisYear = namedPeriod('รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๕', FY);
    const lastYear = namedPeriod('รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๔', FY);
    expect(periodFit(thisYear, previous)).toBe(-1);
    expect(periodFit(lastYear, previous)).toBe(1);
    expect(periodFit(lastYear, year)).toBeLessThan(0);
  });

  it('favours six-month items for a quarter’s report, and half as much those often so reported', () => {
    const half = namedPeriod('รายงาน ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๕', FY);
    expect(periodFit(half, sixMonth)).toBe(1);
    expect(periodFit(half, yearOftenHalf)).toBe(0.5);
    expect(periodFit(half, year)).toBe(0);
  });
});
