import { searchableText, thaiWords } from './thai-words';

describe('thaiWords', () => {
  it('splits unspaced Thai into dictionary words', () => {
    expect(thaiWords('การป้องกันการทุจริต')).toEqual(['การ', 'ป้องกัน', 'การ', 'ทุจริต']);
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
});
