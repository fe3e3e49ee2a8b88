// What the record holds must reach the paper whole (issue 12, F6): tokens with no break
// opportunity, web and e-mail addresses as typed, อ้างถึง, and the system's signing line.
import { formatThaiDate, formatThaiTime, toThaiDigits } from '../../src/common/thai/thai-format';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pdfText, pdfWords, squash, type PdfWord } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import {
  bangkok,
  memo,
  memoWithUnbreakableTokens,
  sampleIssuance,
  UNBREAKABLE as TOKENS,
} from './support/sample-documents';

jest.setTimeout(60_000);

const CM = 72 / 2.54;

const SIGNED = 'ลงนามในระบบสารบรรณอิเล็กทรอนิกส์';

/** Text as extracted, compared without line breaks or spaces; WORD JOINER may or may not survive. */
const flat = (text: string): string => squash(text).replace(/\u2060/g, '');
const rawText = (pdf: Buffer): string => flat(pdfText(pdf, undefined, 'raw'));

describe('printed text', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  describe('tokens with no break opportunity', () => {
    let pdf: Buffer;

    beforeAll(async () => {
      pdf = await renderer.renderPdf(memoWithUnbreakableTokens());
    });

    // Chromium clips what runs past the page area: text that did not wrap is not in the PDF.
    it('prints each whole, wrapped inside the text column', () => {
      const text = rawText(pdf);
      expect(TOKENS.url).toHaveLength(300);
      expect(TOKENS.thaiJoined.replace(/\u2060/g, '')).toHaveLength(300);
      expect(text).toContain(flat(TOKENS.url)); // digits of an address stay ASCII
      expect(text).toContain(flat(toThaiDigits(TOKENS.id)));
      expect(text).toContain(flat(TOKENS.thaiJoined));
      expect(text).toContain(flat(TOKENS.dots + toThaiDigits(TOKENS.id)));
      expect(text.split(TOKENS.dots)).toHaveLength(3); // the reference and the note
    });

    it('wraps an announcement’s and an order’s subject and body as well', async () => {
      for (const kind of ['announcement', 'order'] as const) {
        const sample = sampleIssuance(kind);
        const issuance = {
          ...sample,
          subject: TOKENS.id,
          paragraphs: [TOKENS.url, TOKENS.thaiJoined, ...sample.paragraphs.slice(1)],
        };
        const printed = await renderer.renderPdf(issuance);
        const text = rawText(printed);
        expect(text).toContain(flat(toThaiDigits(TOKENS.id)));
        expect(text).toContain(flat(TOKENS.url));
        expect(text).toContain(flat(TOKENS.thaiJoined));
      }
    });
  });

  it('keeps the digits of web and e-mail addresses ASCII and writes all others in Thai', async () => {
    const url = 'https://ita.nkp2.go.th/2568/form-01.pdf';
    const email = 'saraban04305@obec2.go.th';
    const pdf = await renderer.renderPdf(
      memo({
        paragraphs: [`ส่งแบบรายงานภายใน 15 วัน ที่ ${url} หรือทางอีเมล ${email} ครั้งที่ 2`],
      }),
    );
    const text = squash(pdfText(pdf));
    expect(text).toContain(url);
    expect(text).toContain(email);
    expect(text).toContain(squash('ภายใน ๑๕ วัน'));
    expect(text).toContain(squash('ครั้งที่ ๒'));
    expect(text.replace(url, '').replace(email, '')).not.toMatch(/[0-9]/);
  });

  describe('อ้างถึง', () => {
    const first = 'บันทึกข้อความ ที่ ศธ 04305/12 ลงวันที่ 2 พฤษภาคม 2565';
    const second = 'หนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ที่ ศธ 04002/ว 1234';

    it('prints one reference on its line after เรียน, before the body', async () => {
      const doc = memo({ references: [first] });
      const text = squash(pdfText(await renderer.renderPdf(doc)));
      const at = text.indexOf(squash(`อ้างถึง ${toThaiDigits(first)}`));
      expect(at).toBeGreaterThan(text.indexOf(squash(`เรียน ${doc.to}`)));
      expect(at).toBeLessThan(text.indexOf(squash(doc.paragraphs[0]).slice(0, 30)));
      expect(text).not.toContain(squash('อ้างถึง ๑.'));
    });

    it('numbers several references ๑. ๒. …', async () => {
      const text = squash(pdfText(await renderer.renderPdf(memo({ references: [first, second] }))));
      expect(text).toContain(squash(`อ้างถึง ๑. ${toThaiDigits(first)} ๒. ${toThaiDigits(second)}`));
    });

    it('prints nothing when there is none', async () => {
      const text = pdfText(await renderer.renderPdf(memo({ references: [] })));
      expect(text).not.toContain('อ้างถึง');
    });
  });

  describe('the signing line of a sealed document', () => {
    const doc = memo({ verification: { code: 'K7Q2-9XMP', url: 'https://x.invalid/v/K7Q2' } });
    const signedLine = (at: Date): string =>
      squash(`${SIGNED} ${formatThaiDate(at)} เวลา ${formatThaiTime(at)}`);
    let pdf: Buffer;

    beforeAll(async () => {
      pdf = await renderer.renderPdf(doc);
    });

    it('prints when the author and each endorser signed, in Thai', () => {
      const text = rawText(pdf);
      expect(doc.signature.signedAt).toEqual(bangkok('2022-06-20', '08:15'));
      expect(text).toContain(squash(`${SIGNED} ๒๐ มิถุนายน ๒๕๖๕ เวลา ๐๘.๑๕ น.`));
      for (const e of doc.endorsements) {
        expect(e.signedAt).not.toBeNull();
        expect(text).toContain(signedLine(e.signedAt ?? new Date(NaN)));
      }
      expect(text.split(SIGNED)).toHaveLength(doc.endorsements.length + 2);
    });

    it('sits small in the signature space without moving the name', async () => {
      const unsigned = await renderer.renderPdf(
        memo({ ...doc, signature: { ...doc.signature, signedAt: null } }),
      );
      const nameWord = `(${doc.signature.name.split(' ')[0]}`;
      const name = wordBox(pdfWords(pdf), nameWord);
      expect(wordBox(pdfWords(unsigned), nameWord)).toEqual(name);
      const line = pdfWords(pdf).find((w) => w.text === SIGNED && w.yMin < name.yMin);
      expect(line).toBeDefined();
      const signed = line ?? name;
      // Just above the name, at a smaller size than the 16 pt of the name.
      expect(name.yMin - signed.yMax).toBeLessThan(0.5 * CM);
      expect(signed.yMax - signed.yMin).toBeLessThan(0.85 * (name.yMax - name.yMin));
    });

    it('is left out of previews, which keep the blank space', async () => {
      const preview = await renderer.renderPdf({ ...doc, verification: null, draft: true });
      expect(rawText(preview)).not.toContain(SIGNED);
    });

    it('prints when an announcement or order was issued', async () => {
      for (const kind of ['announcement', 'order'] as const) {
        const issuance = sampleIssuance(kind);
        const issuedAt = issuance.signature.signedAt ?? new Date(NaN);
        const sealed = rawText(await renderer.renderPdf(issuance));
        expect(sealed).toContain(signedLine(issuedAt));
        const preview = rawText(await renderer.renderPdf({ ...issuance, draft: true }));
        expect(preview).not.toContain(SIGNED);
      }
    });
  });
});

function wordBox(words: PdfWord[], text: string): PdfWord {
  const found = words.filter((w) => w.text === text);
  expect(found).toHaveLength(1);
  return found[0];
}
