// A memo as an officer and the director see it: text, fonts, paper, pages, endorsements.
import { formatThaiDate, formatThaiShortDate } from '../../src/common/thai/thai-format';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pageImage, pdfFonts, pdfInfo, pdfText, redPixels, squash } from './support/pdf-tools';
import { createRenderer, isPdf } from './support/renderer';
import { bangkok, longMemo, memo, sampleMemos } from './support/sample-documents';

jest.setTimeout(60_000);

describe('memo PDF (บันทึกข้อความ)', () => {
  let renderer: DocumentRenderer;
  let pdf: Buffer;
  const doc = memo();

  beforeAll(async () => {
    renderer = createRenderer();
    pdf = await renderer.renderPdf(doc);
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('prints the title, number, Thai date, subject and addressee', () => {
    expect(isPdf(pdf)).toBe(true);
    const text = squash(pdfText(pdf));
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain(squash('ที่ ศธ ๐๔๓๐๕/๑๒๓'));
    expect(formatThaiDate(doc.date)).toBe('๒๐ มิถุนายน ๒๕๖๕');
    expect(text).toContain(squash('วันที่ ๒๐ มิถุนายน ๒๕๖๕'));
    expect(text).toContain(squash(`เรื่อง ${doc.subject}`));
    expect(text).toContain(squash(`เรียน ${doc.to}`));
    expect(text).toContain(squash(doc.paragraphs[0]));
  });

  it('keeps words whole for search and copy (no spurious spaces after ป, ฝ, ฟ)', () => {
    // The subject reads "…ประจำปีงบประมาณ…"; an extractor split it at ปี before the fix.
    expect(pdfText(pdf)).toContain('ประจำปีงบประมาณ');
  });

  it('is A4 with every font embedded', () => {
    const info = pdfInfo(pdf);
    expect(Math.round(info.widthPt)).toBe(595);
    expect(Math.round(info.heightPt)).toBe(842);
    expect(info.title).toBe(doc.subject);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    // The official font only, even in this first document of a fresh page: no fallback font
    // printed while the font file was still loading.
    const [family] = renderer.status().font.split(' ');
    expect(fonts.filter((f) => !f.name.includes(family))).toEqual([]);
  });

  it('writes every number in Thai digits', () => {
    expect(pdfText(pdf)).not.toMatch(/[0-9]/);
    expect(pdfText(pdf)).toContain('๐ ๔๒๕๑ ๑๑๑๑'); // the phone, given in ASCII digits
  });

  it('signs with the name in parentheses and the position', () => {
    const text = pdfText(pdf);
    expect(text).toContain(`(${doc.signature.name})`);
    expect(text).toContain(doc.signature.position);
  });

  it('prints each endorsement with its note, name, position and short Thai date', () => {
    // Drawing order keeps each endorsement's lines together (the layout puts two side by side).
    const text = squash(pdfText(pdf, undefined, 'raw'));
    for (const e of doc.endorsements) {
      expect(text).toContain(squash(e.note));
      expect(text).toContain(squash(`(${e.name})`));
      expect(text).toContain(squash(e.position));
      expect(text).toContain(squash(formatThaiShortDate(e.date)));
    }
    expect(formatThaiShortDate(doc.endorsements[0].date)).toBe('๒๐ มิ.ย. ๖๕');
  });

  it('prints capacity lines under the signer of a memo and of an endorsement', async () => {
    const deputy = {
      name: 'นายประเสริฐ สุขใจ',
      position: 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
    };
    const signed = await renderer.renderPdf(
      memo({
        signature: {
          ...deputy,
          capacityLines: ['รักษาราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม'],
          signedAt: null,
        },
        endorsements: sampleMemos()[1].endorsements,
      }),
    );
    const text = squash(pdfText(signed, undefined, 'raw'));
    expect(text).toContain(squash('รักษาราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม'));
    expect(text).toContain(squash('ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม'));
    expect(text).toContain(squash('ทราบ อนุญาต'));
  });

  it('numbers pages from the second on as "- ๒ -"', async () => {
    const long = await renderer.renderPdf(longMemo(3));
    const info = pdfInfo(long);
    expect(info.pages).toBe(3);
    expect(pdfText(long, 1)).not.toMatch(/-\s*๑\s*-/);
    expect(pdfText(long, 2)).toMatch(/^\s*- ๒ -\s*$/m);
    expect(pdfText(long, 3)).toMatch(/^\s*- ๓ -\s*$/m);
  });

  it('stamps urgency in red with its deadline, and secrecy top and bottom', async () => {
    const urgent = await renderer.renderPdf(
      memo({
        urgency: 'most_urgent',
        urgentBy: bangkok('2022-06-21', '14:30'),
        secrecy: 'confidential',
      }),
    );
    const text = pdfText(urgent);
    expect(text).toContain('ด่วนที่สุด');
    expect(squash(text)).toContain(squash('ด่วนภายใน ๒๑ มิถุนายน ๒๕๖๕ เวลา ๑๔.๓๐ น.'));
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0].trim()).toBe('ลับ');
    expect(lines[lines.length - 1].trim()).toBe('ลับ');
    // Red ink at the top (secrecy, urgency) and the foot (secrecy); none on the plain memo.
    const page = pageImage(urgent, 1, 72, true);
    const tenth = Math.round(page.height / 10);
    expect(redPixels(page, 0, 2 * tenth)).toBeGreaterThan(100);
    expect(redPixels(page, 9 * tenth, page.height)).toBeGreaterThan(30);
    const plain = pageImage(pdf, 1, 72, true);
    expect(redPixels(plain, 0, plain.height)).toBe(0);
  });

  it('marks previews with a ร่าง watermark and leaves final documents unmarked', async () => {
    const preview = await renderer.renderPdf(longMemo(2, { draft: true }));
    // Rotated, so only drawing order keeps its letters together; on every page.
    expect(pdfText(preview, 1, 'raw')).toContain('ร่าง');
    expect(pdfText(preview, 2, 'raw')).toContain('ร่าง');
    expect(pdfText(pdf, undefined, 'raw')).not.toContain('ร่าง');
  });
});
