import {
  addWords,
  MENTION_WEIGHT,
  MENTIONED_TOPIC_WEIGHT,
  weightedWords,
  WeightedWord,
} from './text-features';

const weightOf = (words: WeightedWord[], word: string): number[] =>
  words.filter((w) => w.word === word).map((w) => w.weight);

describe('weighted words', () => {
  it('counts the document a phrase refers to ("ตามแผน…") for less than what the memo is', () => {
    const words = weightedWords('รายงานความก้าวหน้าตามแผนป้องกันการทุจริต รอบ ๖ เดือน');
    expect(weightOf(words, 'รายงาน')).toEqual([1]);
    expect(weightOf(words, 'ก้าวหน้า')).toEqual([1]);
    expect(weightOf(words, 'แผน')).toEqual([MENTION_WEIGHT]);
    expect(weightOf(words, 'ทุจริต')).toEqual([MENTIONED_TOPIC_WEIGHT]);
    // The next phrase is the memo's own again.
    expect(weightOf(words, 'รอบ')).toEqual([1]);
  });

  it('leaves out the name of a unit, whose words are no topic, up to what it did', () => {
    const words = weightedWords('กลุ่มบริหารงานบุคคลได้จัดทำคู่มือ สำหรับผู้รับบริการ');
    const plain = words.map((w) => w.word);
    expect(plain).not.toContain('บุคคล');
    expect(plain).not.toContain('บริหาร');
    expect(plain).toEqual(expect.arrayContaining(['คู่มือ', 'ผู้รับ', 'บริการ']));
  });

  it('drops amounts and months, and keeps small numbers faintly', () => {
    const words = weightedWords('เบิกจ่ายแล้วร้อยละ ๔๔.๕๐ ณ ๓๑ มีนาคม ๒๕๖๕ ไตรมาสที่ ๒');
    const plain = words.map((w) => w.word);
    expect(plain).not.toContain('44.50');
    expect(plain).not.toContain('มีนาคม');
    expect(plain).not.toContain('2565');
    expect(weightOf(words, '31')[0]).toBeLessThan(0.5);
  });

  it('reads office usage in the catalog’s words ("เบิกจ่าย" is "ใช้จ่าย")', () => {
    const words = weightedWords('รายงานผลการเบิกจ่ายงบประมาณ').map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['ใช้', 'จ่าย']));
    expect(words).not.toContain('เบิก');
  });

  it('gives a pair half the weight of its lighter word', () => {
    const features = addWords(new Map(), [
      { word: 'แผน', weight: 0.3 },
      { word: 'ป้องกัน', weight: 1 },
    ]);
    expect(features.get('แผน_ป้องกัน')).toBeCloseTo(0.15, 10);
  });
});
