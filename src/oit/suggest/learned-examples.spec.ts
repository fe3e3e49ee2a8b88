import { subjectFeatures } from './document-features';
import { LearnedExample, LearnedExamples } from './learned-examples';

const FY = 2565;
/** Every word as rare as the catalog allows: what the examples share is what tells. */
const learned = () => new LearnedExamples(() => 4, 2.5, 0.6);
const example = (itemCode: string, subject: string): LearnedExample => ({
  itemCode,
  subject,
  fiscalYear: FY,
});
const query = (subject: string) => subjectFeatures({ fiscalYear: FY, subject }, 2.5);

describe('learning from confirmed links', () => {
  it('finds the closest example of each item, zero below the floor', () => {
    const nearest = learned().nearest(query('บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๒'), [
      example('O38', 'บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๑'),
      example('O23', 'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม'),
    ]);
    expect(nearest.get('O38')).toBeGreaterThan(0.5);
    expect(nearest.get('O23') ?? 0).toBe(0);
  });

  it('does not take the words an office writes on everything for a likeness', () => {
    const office = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม ขอความเห็นชอบ';
    const examples = [
      example('O39', `${office} แผนปฏิบัติการป้องกันการทุจริต`),
      example('O18', `${office} แผนการใช้จ่ายงบประมาณ`),
      example('O21', `${office} แผนการจัดซื้อจัดจ้าง`),
    ];
    const nearest = learned().nearest(query(`${office} แผนปฏิบัติราชการประจำปี`), examples);
    expect(Math.max(0, ...nearest.values())).toBe(0);
    // Alone, the same example would look close: the office's words are most of both subjects.
    const alone = learned().nearest(query(`${office} แผนปฏิบัติราชการประจำปี`), [examples[0]]);
    expect(alone.get('O39')).toBeGreaterThan(0);
  });

  it('uses a link confirmed since the last call at once', () => {
    const memory = learned();
    const subject = query('บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๒');
    const before = [example('O23', 'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม')];
    expect(memory.nearest(subject, before).get('O38')).toBeUndefined();
    const after = [...before, example('O38', 'บันทึกผลการตรวจติดตามโครงการโรงเรียนสุจริต ครั้งที่ ๑')];
    expect(memory.nearest(subject, after).get('O38')).toBeGreaterThan(0.5);
    // And the earlier set still gives what it gave.
    expect(memory.nearest(subject, before).get('O38')).toBeUndefined();
  });
});
