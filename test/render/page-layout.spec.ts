// The layout audit's findings on whole pages (issue 21): the signature never alone on the last
// page (R2), Word's single line spacing (N1), ปฏิบัติราชการแทน on its own line (N2), no number
// on a ประกาศ (N3), พ.ศ. on issuance dates (N4), the secrecy mark alike on every page (N5).
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import type { RenderableMemo } from '../../src/rendering/document.model';
import { pageImage, pdfInfo, pdfText, pdfWords, redPixels, squash } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { letter, longMemo, memo, sampleIssuance, sampleMemos } from './support/sample-documents';

jest.setTimeout(180_000);

const FILLER = 'ทั้งนี้ ให้ดำเนินการตามแนวทางที่กำหนดอย่างเคร่งครัด ';

/**
 * Two pages' worth of the sample's text and a closing paragraph of `sentences` more sentences:
 * as `sentences` grows, the end of the text walks down page 2 and over onto page 3.
 */
const memoEndingAt = (sentences: number): RenderableMemo => {
  const base = longMemo(2);
  const closing = `${FILLER.repeat(sentences)}จึงเรียนมาเพื่อโปรดทราบและพิจารณา`;
  return { ...base, paragraphs: [...base.paragraphs.slice(0, -1), closing], endorsements: [] };
};

/** Lines of text printed above the signer's name on the page that holds it. */
function bodyLinesAboveSignature(pdf: Buffer, name: string): number {
  const pages = pdfInfo(pdf).pages;
  const page = [...Array(pages).keys()]
    .map((i) => i + 1)
    .find((p) => pdfText(pdf, p).includes(`(${name})`));
  if (page === undefined) throw new Error('The signature is not printed');
  const lines = pdfText(pdf, page, 'raw').split('\n');
  const above = lines.slice(
    0,
    lines.findIndex((l) => l.includes(`(${name})`)),
  );
  return above.filter(
    (l) =>
      l.trim() !== '' && !/^\s*-\s*[๐-๙]+\s*-\s*$/.test(l) && !/ลงนามในระบบ|เวลา .* น\./.test(l),
  ).length;
}

describe('page layout', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('never prints the signature alone on the last page (R2)', async () => {
    const name = memo().signature.name;
    const counts: number[] = [];
    for (let sentences = 0; sentences <= 26; sentences += 2) {
      const pdf = await renderer.renderPdf(memoEndingAt(sentences));
      counts.push(bodyLinesAboveSignature(pdf, name));
    }
    expect(counts.filter((c) => c < 2)).toEqual([]);
  });

  it('never prints a letter’s signature alone on the last page, nor its foot apart (R2)', async () => {
    const base = letter();
    const name = base.signature.name;
    const counts: number[] = [];
    for (let sentences = 0; sentences <= 26; sentences += 2) {
      const body = longMemo(2).paragraphs.slice(0, -1);
      const closing = `${FILLER.repeat(sentences)}จึงเรียนมาเพื่อโปรดทราบ`;
      const pdf = await renderer.renderPdf({ ...base, paragraphs: [...body, closing] });
      counts.push(bodyLinesAboveSignature(pdf, name));
      // ส่วนราชการเจ้าของเรื่อง and โทร. print on the signature's page.
      const last = pdfText(pdf, pdfInfo(pdf).pages);
      expect(last).toContain(`(${name})`);
      expect(squash(last)).toContain(squash(base.department));
    }
    expect(counts.filter((c) => c < 2)).toEqual([]);
  });

  it('spaces lines as Word’s single spacing for TH Sarabun New 16 pt: 21.3 pt (N1)', async () => {
    const pdf = await renderer.renderPdf(longMemo(2));
    // Baselines of the Thai body words on page 2, below the page number.
    const thai = pdfWords(pdf).filter(
      (w) => w.page === 2 && w.yMin > 80 && /^[ก-๙]+$/.test(w.text),
    );
    const lines = [...new Set(thai.map((w) => Math.round(w.yMax * 10) / 10))].sort((a, b) => a - b);
    const all = lines.slice(1).map((y, i) => y - lines[i]);
    // The body, up to the signature; positions snap to the CSS pixel grid (21.0 or 21.8 pt).
    const pitches = all.slice(
      0,
      all.findIndex((d) => d > 30),
    );
    const within = pitches.filter((d) => Math.abs(d - 21.3) < 0.6);
    const between = pitches.filter((d) => Math.abs(d - 27.3) < 0.6); // the 6 pt before a paragraph
    expect(within.length).toBeGreaterThan(8);
    expect(within.length + between.length).toBe(pitches.length);
    const mean = within.reduce((a, b) => a + b, 0) / within.length;
    expect(mean).toBeCloseTo(21.3, 0);
  });

  it('prints ปฏิบัติราชการแทน on its own line, the principal’s post on the next (N2)', async () => {
    const capacity = ['ปฏิบัติราชการแทน', 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม'];
    const order = sampleIssuance('order');
    const pdf = await renderer.renderPdf({
      ...order,
      signature: { ...order.signature, capacityLines: capacity },
    });
    const lines = pdfText(pdf)
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain(capacity[0]);
    expect(lines).toContain(capacity[1]);
    // The endorsement of sample 1 signs for the director too, in its narrower column.
    const endorsed = pdfText(await renderer.renderPdf(sampleMemos()[1]), undefined, 'raw');
    expect(endorsed.split('\n').map((l) => l.trim())).toContain(capacity[0]);
  });

  it('numbers an order but not an announcement, whose number stays in the register (N3)', async () => {
    const announcement = { ...sampleIssuance('announcement'), number: '๓/๒๕๖๔' };
    const printed = pdfText(await renderer.renderPdf(announcement));
    expect(printed).not.toMatch(/^\s*ที่ /m);
    expect(squash(printed)).not.toContain(squash('๓/๒๕๖๔'));
    const order = pdfText(await renderer.renderPdf(sampleIssuance('order')));
    expect(order).toMatch(/^\s*ที่ ๑๒๐\/๒๕๖๕\s*$/m);
  });

  it('dates an announcement and an order with พ.ศ. (N4)', async () => {
    const announcement = pdfText(await renderer.renderPdf(sampleIssuance('announcement')));
    expect(announcement).toContain('ประกาศ ณ วันที่ ๑๙ มกราคม พ.ศ. ๒๕๖๔');
    const order = pdfText(await renderer.renderPdf(sampleIssuance('order')));
    expect(order).toContain('สั่ง ณ วันที่ ๑๐ มกราคม พ.ศ. ๒๕๖๕');
  });

  it('prints the secrecy mark alike on every page, and the page number in black (N5)', async () => {
    const pdf = await renderer.renderPdf(longMemo(2, { secrecy: 'secret' }));
    const height = (w: { yMin: number; yMax: number }) => w.yMax - w.yMin;
    const marks = pdfWords(pdf).filter((w) => w.text === 'ลับมาก');
    expect(marks.map((m) => m.page)).toEqual([1, 1, 2, 2]);
    for (const mark of marks) expect(height(mark)).toBeCloseTo(height(marks[0]), 1);
    const number = pdfWords(pdf).find((w) => w.page === 2 && w.text === '๒');
    const body = pdfWords(pdf).find((w) => w.page === 2 && w.yMin > 100);
    expect(number && body && height(number)).toBeCloseTo(body ? height(body) : 0, 1);
    // Red above the number (the mark), none on the number's rows.
    const page = pageImage(pdf, 2, 72, true);
    const top = Math.round((marks[2].yMin + marks[2].yMax) / 2);
    expect(redPixels(page, Math.round(marks[2].yMin), top + 2)).toBeGreaterThan(20);
    const rows = number ? [Math.floor(number.yMin), Math.ceil(number.yMax)] : [0, 0];
    expect(redPixels(page, rows[0], rows[1])).toBe(0);
  });
});
