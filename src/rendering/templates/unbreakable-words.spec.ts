import { readWordList, UnbreakableWords, parseWordList } from './unbreakable-words';
import { wordListFile } from './document-templates';
import { templatesDir } from '../rendering-paths';

const words = new UnbreakableWords(['ผู้อำนวยการ', 'กลุ่ม', 'กลุ่มนิเทศ', 'ธรรมาภิบาล', 'ราชการ']);
const kept = (text: string): string[] =>
  words.keptRanges(text).map((r) => text.slice(r.start, r.end));
const html = (text: string): string => words.html(text).toString();

describe('UnbreakableWords', () => {
  it('keeps listed words whole, the longest where two start together', () => {
    expect(kept('ผู้อำนวยการกลุ่มนิเทศ ติดตาม')).toEqual(['ผู้อำนวยการ', 'กลุ่มนิเทศ']);
    expect(kept('จริยธรรมและธรรมาภิบาล')).toEqual(['ธรรมาภิบาล']);
  });

  it('keeps the word before ฯ with it, as ICU reads it once ฯ is a space', () => {
    expect(kept('และให้รายงานผลการจัดกิจกรรมฯ เป็น ๓ ระยะ')).toEqual(['กิจกรรมฯ']);
    expect(kept('แจ้งเวียนบุคลากรในสำนักงานฯ ทราบ')).toEqual(['สำนักงานฯ']);
    expect(kept('ลงนามในประกาศ ฯ ดังแนบ')).toEqual(['ประกาศ ฯ']);
    expect(kept('ผอ.กลุ่มฯ')).toEqual(['กลุ่มฯ']);
  });

  it('keeps dates and eras whole', () => {
    expect(kept('ระหว่างวันที่ ๒๐ ธันวาคม ๒๕๖๔ - ๒๐ กรกฎาคม ๒๕๖๕')).toEqual([
      '๒๐ ธันวาคม ๒๕๖๔',
      '๒๐ กรกฎาคม ๒๕๖๕',
    ]);
    expect(kept('ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ และ พ.ศ.๒๕๖๖')).toEqual(['พ.ศ. ๒๕๖๕', 'พ.ศ.๒๕๖๖']);
    expect(kept('๑๙ เดือน มกราคม พ.ศ.๒๕๖๔')).toEqual(['๑๙ เดือน มกราคม พ.ศ.๒๕๖๔']);
    expect(kept('๒ พ.ค. ๖๕')).toEqual(['๒ พ.ค. ๖๕']);
    expect(kept('ข้อ ๑๒๓ มกราคม')).toEqual([]);
  });

  it('prints kept words in no-break spans, escaped, with breaks only where a word ends', () => {
    expect(html('ผู้อำนวยการกลุ่มนิเทศ')).toBe(
      '<span class="nw">ผู้อำนวยการ</span><wbr><span class="nw">กลุ่มนิเทศ</span>',
    );
    expect(html('<b>ธรรมาภิบาล</b>')).toBe(
      '&lt;b&gt;<wbr><span class="nw">ธรรมาภิบาล</span>&lt;/b&gt;',
    );
    // ICU reads ข้าราชการ as one word: no break is added inside it.
    expect(html('ข้าราชการ')).toBe('ข้า<span class="nw">ราชการ</span>');
  });

  it('lets a line break after an abbreviation, not inside one (N7)', () => {
    expect(html('ห้องประชุม สพม.นครพนม')).toBe('ห้องประชุม สพม.<wbr>นครพนม');
    expect(html('ศธ.จิตอาสา')).toBe('ศธ.<wbr>จิตอาสา');
    expect(html('ส.ค.')).toBe('ส.ค.');
  });

  it('adds no character: the text without markup is the text given', () => {
    const text = 'เชิญชวนบุคลากรในสำนักงานฯ ร่วมกิจกรรม ในวันที่ ๓ กรกฎาคม ๒๕๖๕ ณ สพม.นครพนม';
    expect(html(text).replace(/<[^>]+>/g, '')).toBe(text);
  });

  it('reads the shipped list: one word a line, comments and blanks ignored', () => {
    expect(parseWordList('# note\n\nกลุ่ม\n  ผู้อำนวยการ  \n')).toEqual(['กลุ่ม', 'ผู้อำนวยการ']);
    const shipped = readWordList(wordListFile(templatesDir()));
    expect(shipped).toEqual(expect.arrayContaining(['ผู้อำนวยการ', 'ธรรมาภิบาล', 'รายละเอียด']));
    expect(shipped.filter((w) => /\s/.test(w))).toEqual([]);
    expect(() => readWordList('/nonexistent/words.txt')).toThrow(/does not exist/);
  });
});
