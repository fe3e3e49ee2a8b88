// R1 and M6 of the layout audit (issue 21): no printed line ends inside a word of the office's
// list, a word before ฯ, or a date with its era. The sample texts are printed with a prefix of
// 0 to 7 digits, so each line end falls at many places in each paragraph.
import { toThaiDigitsOutsideLinks } from '../../src/rendering/templates/link-spans';
import { wordListFile } from '../../src/rendering/templates/document-templates';
import { readWordList, UnbreakableWords } from '../../src/rendering/templates/unbreakable-words';
import { templatesDir } from '../../src/rendering/rendering-paths';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pdfText } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { letter, memo, sampleDocuments } from './support/sample-documents';

jest.setTimeout(120_000);

/** The audit's paragraphs built from the office's phrases, which broke inside words (img 08). */
const OFFICE_PHRASES = [
  'เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย และเพื่อให้สำนักงานเขต ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา รายงานผลต่อผู้บังคับบัญชา',
  'ส่งเสริมให้สถานศึกษาดำเนินงานตามโครงการส่งเสริมคุณธรรม จริยธรรมและธรรมาภิบาลในสถานศึกษา อย่างต่อเนื่อง',
  'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กำหนดการประเมิน จัดกิจกรรมฯ เป็น ๓ ระยะ ภายในปีงบประมาณ พ.ศ. ๒๕๖๕',
  'หากเห็นชอบ ขออนุญาตใช้บันทึกข้อความฉบับนี้ แจ้งเวียนบุคลากรในสำนักงานฯ ทราบ และร่วมกิจกรรมฯ ตามวันที่ ๒๐ ธันวาคม ๒๕๖๕',
];

/** Each body character of the text without white space, with its paragraph and index. */
interface Letter {
  paragraph: number;
  at: number;
}

describe('line breaks keep the office’s words whole (R1, M6)', () => {
  let renderer: DocumentRenderer;
  const words = new UnbreakableWords(readWordList(wordListFile(templatesDir())));

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('ends no line of the samples inside a listed word, a word before ฯ or a date', async () => {
    const texts = [...sampleDocuments().flatMap((d) => d.paragraphs), ...OFFICE_PHRASES];
    const paragraphs = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((shift) =>
      texts.map((t) => `${'๑'.repeat(shift)} ${t}`),
    );
    const pdf = await renderer.renderPdf(memo({ paragraphs, endorsements: [] }));
    const printed = paragraphs.map(toThaiDigitsOutsideLinks);
    const breaks = lineBreaksIn(pdf, printed);
    // Every paragraph of more than a line breaks somewhere: the check saw the whole body.
    expect(breaks.length).toBeGreaterThan(paragraphs.length);

    const inside = breaks.flatMap(({ paragraph, lastOfLine, firstOfNext }) => {
      const text = printed[paragraph];
      return words
        .keptRanges(text)
        .filter((r) => r.start <= lastOfLine && firstOfNext < r.end)
        .map((r) => `${text.slice(r.start, firstOfNext)}｜${text.slice(firstOfNext, r.end)}`);
    });
    expect(inside).toEqual([]);
  });

  it('keeps the same words whole in a letter’s body (หนังสือภายนอก)', async () => {
    const paragraphs = [0, 3, 5].flatMap((shift) =>
      OFFICE_PHRASES.map((t) => `${'๑'.repeat(shift)} ${t}`),
    );
    const pdf = await renderer.renderPdf(letter({ paragraphs }));
    const printed = paragraphs.map(toThaiDigitsOutsideLinks);
    const breaks = lineBreaksIn(pdf, printed);
    // Each paragraph is longer than a line: every one breaks at least once.
    expect(new Set(breaks.map((b) => b.paragraph)).size).toBe(paragraphs.length);
    const inside = breaks.filter(({ paragraph, lastOfLine, firstOfNext }) =>
      words
        .keptRanges(printed[paragraph])
        .some((r) => r.start <= lastOfLine && firstOfNext < r.end),
    );
    expect(inside).toEqual([]);
  });
});

/**
 * Where the printed lines of the body break, as positions in `paragraphs`: the PDF's text,
 * line by line without white space, must hold the paragraphs' letters in order.
 */
function lineBreaksIn(
  pdf: Buffer,
  paragraphs: string[],
): Array<{ paragraph: number; lastOfLine: number; firstOfNext: number }> {
  const letters: Letter[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (let at = 0; at < p.length; at++) if (!/\s/.test(p[at])) letters.push({ paragraph, at });
  });
  const body = letters.map((l) => paragraphs[l.paragraph][l.at]).join('');
  const lines = pdfText(pdf, undefined, 'raw')
    .split(/[\n\f]/)
    .map((l) => l.replace(/\s+/g, ''))
    // Page numbers, and the title: the memo's positioned header is painted after the body.
    .filter((l) => l !== '' && !/^-[๐-๙]+-$/.test(l) && l !== 'บันทึกข้อความ');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
  }
  const from = lines.join('').indexOf(body);
  expect(from).toBeGreaterThanOrEqual(0);
  return starts
    .map((s) => s - from)
    .filter((k) => k > 0 && k < letters.length)
    .filter((k) => letters[k - 1].paragraph === letters[k].paragraph)
    .map((k) => ({
      paragraph: letters[k].paragraph,
      lastOfLine: letters[k - 1].at,
      firstOfNext: letters[k].at,
    }));
}
