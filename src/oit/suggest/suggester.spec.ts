import catalog from '../catalog/2565.json';
import fixture from '../../../test/fixtures/oit-subjects.json';
import { CatalogItemFile, fromCatalogFile } from '../catalog/catalog-format';
import { evaluate, LabelledSubject } from './evaluation';
import { compileRule } from './rule-matcher';
import { ABSTAIN_BELOW, Suggester } from './suggester';
import { significantWords } from './text-features';

const items = (catalog as CatalogItemFile[]).map(fromCatalogFile);
const suggester = new Suggester(items);
const rows = fixture.subjects as LabelledSubject[];
const FY = 2565;

describe('Thai words for matching', () => {
  it('segments unspaced Thai and drops function words, boilerplate and years', () => {
    expect(
      significantWords(
        'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
      ),
    ).toEqual([
      'รายงาน',
      'ผล',
      'กำกับ',
      'ติดตาม',
      'ดำเนิน',
      'ป้องกัน',
      'ทุจริต',
      'รอบ',
      '6',
      'เดือน',
      'ประจำ',
    ]);
  });
});

describe('suggester', () => {
  it('puts O40 first for a six-month anti-corruption monitoring report', () => {
    const [first] = suggester.rank({
      fiscalYear: FY,
      subject: 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
    });
    expect(first.code).toBe('O40');
    expect(first.score).toBeGreaterThan(0.5);
  });

  it('tells a previous-year report from this year’s plan by the year it names', () => {
    const report = suggester.rank({
      fiscalYear: FY,
      subject: 'รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔',
    });
    expect(report[0].code).toBe('O41');
    const plan = suggester.rank({
      fiscalYear: FY,
      subject: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
    });
    expect(plan[0].code).toBe('O39');
  });

  it('abstains on a memo that evidences nothing', () => {
    for (const subject of ['ขออนุมัติเดินทางไปราชการ ณ กรุงเทพมหานคร', 'ขอเชิญประชุมคณะกรรมการ']) {
      expect(suggester.suggest({ fiscalYear: FY, subject })).toEqual([]);
      expect(suggester.rank({ fiscalYear: FY, subject })[0].score).toBeLessThan(ABSTAIN_BELOW);
    }
  });

  it('ranks every item with scores that sum to one, and shows at most three', () => {
    const ranked = suggester.rank({ fiscalYear: FY, subject: 'แผนการจัดซื้อจัดจ้าง' });
    expect(ranked).toHaveLength(items.length);
    expect(ranked.reduce((a, r) => a + r.score, 0)).toBeCloseTo(1, 10);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(
      suggester.suggest({ fiscalYear: FY, subject: 'แผนการจัดซื้อจัดจ้าง' }).length,
    ).toBeLessThanOrEqual(3);
  });

  it('follows a coordinator rule strongly enough to confirm itself', () => {
    const rule = compileRule({ itemCode: 'O9', kind: 'any', pattern: 'facebook line' });
    const [first] = suggester.rank({ fiscalYear: FY, subject: 'เพจ Facebook ของสำนักงาน' }, [rule]);
    expect(first.code).toBe('O9');
    expect(first.score).toBeGreaterThan(0.9);
  });

  it('learns from a confirmed link, and only when the example is close', () => {
    const subject = 'บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๒';
    const example = {
      itemCode: 'O38',
      subject: 'บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๑',
      fiscalYear: FY,
    };
    const before = suggester.rank({ fiscalYear: FY, subject });
    const after = suggester.rank({ fiscalYear: FY, subject }, [], [example]);
    expect(before[0].code).not.toBe('O38');
    expect(after[0].code).toBe('O38');
    const unrelated = suggester.rank({ fiscalYear: FY, subject: 'แผนการจัดซื้อจัดจ้าง' }, [], [example]);
    expect(unrelated.find((r) => r.code === 'O38')!.score).toBeLessThan(0.05);
  });
});

describe('accuracy on the labelled subjects (floors; figures in bench/results.json)', () => {
  const result = evaluate(items, rows, FY, { withBody: false, autoConfirmAt: 0.9 });

  it('covers every sub-indicator with both training and held-out subjects', () => {
    const subs = new Set(items.map((i) => i.subindicator));
    for (const split of ['train', 'heldout'] as const) {
      expect(
        new Set(
          rows
            .filter((r) => r.split === split)
            .map((r) => items.find((i) => i.code === r.code)!.subindicator),
        ),
      ).toEqual(subs);
    }
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps held-out accuracy above its floor', () => {
    expect(result.catalogOnly.heldout.top1).toBeGreaterThanOrEqual(0.7);
    expect(result.catalogOnly.heldout.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.learned.heldout.top1).toBeGreaterThanOrEqual(0.7);
    expect(result.learned.heldout.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('never confirms a wrong item by itself on the labelled set', () => {
    expect(result.catalogOnly.heldout.autoConfirmedPrecision).toBe(1);
    expect(result.catalogOnly.train.autoConfirmedPrecision).toBe(1);
  });
});

describe('coordinator rules', () => {
  const text = (s: string) => s.toLowerCase();
  it.each([
    ['any', 'สขร ประกาศผู้ชนะ', 'แบบ สขร.1', true],
    ['any', 'สขร ประกาศผู้ชนะ', 'ประกาศเชิญชวน', false],
    ['all', 'รายงาน ทุจริต', 'รายงานการป้องกันการทุจริต', true],
    ['all', 'รายงาน ทุจริต', 'แผนป้องกันการทุจริต', false],
    ['exact', 'รอบ ๖ เดือน', 'รายงานรอบ 6 เดือน', true],
    ['regex', 'สขร\\.?\\s*1', 'แบบ สขร. ๑'.replace('๑', '1'), true],
    ['regex', '^แผน.*ทุจริต$', 'แผนปฏิบัติการป้องกันการทุจริต', true],
  ] as const)('%s "%s" on "%s" → %s', (kind, pattern, input, expected) => {
    expect(compileRule({ itemCode: 'O1', kind, pattern }).matches(text(input))).toBe(expected);
  });

  it('refuses a malformed or overlong regular expression', () => {
    expect(() => compileRule({ itemCode: 'O1', kind: 'regex', pattern: '(unclosed' })).toThrow();
    expect(() =>
      compileRule({ itemCode: 'O1', kind: 'regex', pattern: '(?=lookahead)' }),
    ).toThrow();
    expect(() => compileRule({ itemCode: 'O1', kind: 'any', pattern: 'x'.repeat(201) })).toThrow();
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const rule = compileRule({ itemCode: 'O1', kind: 'regex', pattern: '(a+)+$' });
    const started = Date.now();
    expect(rule.matches(`${'a'.repeat(19_000)}!`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
