import { fromThaiDigits } from './thai-format';
import { searchableText, thaiWords } from './thai-words';

describe('thaiWords', () => {
  it('splits unspaced Thai into dictionary words', () => {
    expect(thaiWords('การป้องกันการทุจริต')).toEqual(['การ', 'ป้องกัน', 'การ', 'ทุจริต']);
  });

  it('finds the same words as segmenting the whole text at once', () => {
    const text =
      'เรื่องเดิม ด้วยสำนักงาน ITA-Online ๒๕๖๕\nข้อเท็จจริง\t(ก) งบประมาณ 1,250.50 บาท\u00a0ณ วันที่ ๑ ต.ค.';
    const whole = [
      ...new Intl.Segmenter('th', { granularity: 'word' }).segment(
        fromThaiDigits(text.normalize('NFC')).toLowerCase(),
      ),
    ]
      .filter((p) => p.isWordLike)
      .map((p) => p.segment);
    expect(thaiWords(text)).toEqual(whole);
  });

  it('folds Thai digits and Latin case, and drops punctuation', () => {
    expect(thaiWords('ITA Online ปี ๒๕๖๕!')).toEqual(['ita', 'online', 'ปี', '2565']);
  });

  it('makes text searchable by word starts', () => {
    const text = searchableText('รายงานผลการกำกับติดตาม', 'รอบ ๖ เดือน');
    expect(text.startsWith(' ')).toBe(true);
    expect(text).toContain(' ติดตาม ');
    expect(text).toContain(' 6 ');
  });

  it('keeps each word once, so a long body fits its column', () => {
    expect(searchableText('การประชุม การประชุม', 'ประชุม')).toBe(' การ ประชุม ');
  });

  it('leaves out the words that would overflow a 64 KiB TEXT column', () => {
    const distinct = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' ');
    const text = searchableText(distinct);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(65_500);
    expect(text.startsWith(' w0 w1 ')).toBe(true);
    expect(text.endsWith(' ')).toBe(true);
  });
});
