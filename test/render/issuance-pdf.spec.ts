// ประกาศ and คำสั่ง from the office's samples.
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pdfFonts, pdfInfo, pdfText, squash } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { sampleIssuance } from './support/sample-documents';

jest.setTimeout(60_000);

describe('announcement and order PDFs (ประกาศ, คำสั่ง)', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('prints an announcement: title with the issuer, subject, body, date line, signer', async () => {
    const doc = sampleIssuance('announcement');
    const pdf = await renderer.renderPdf(doc);
    const text = squash(pdfText(pdf, undefined, 'raw'));
    expect(text).toContain(squash(`ประกาศ${doc.issuer}`));
    expect(text).toContain(squash(`เรื่อง ${doc.subject}`));
    for (const p of doc.paragraphs) expect(text).toContain(squash(p));
    expect(text).toContain(squash('ประกาศ ณ วันที่ ๑๙ มกราคม พ.ศ. ๒๕๖๔'));
    expect(text).toContain(squash(`(${doc.signature.name})`));
    expect(text).toContain(squash(doc.signature.position));
    expect(pdfText(pdf)).not.toMatch(/^\s*ที่ /m); // this announcement has no number
    const info = pdfInfo(pdf);
    expect([Math.round(info.widthPt), Math.round(info.heightPt)]).toEqual([595, 842]);
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  it('prints an order with its number and "สั่ง ณ วันที่"', async () => {
    const doc = sampleIssuance('order');
    const pdf = await renderer.renderPdf(doc);
    const text = squash(pdfText(pdf, undefined, 'raw'));
    expect(text).toContain(squash(`คำสั่ง${doc.issuer}`));
    expect(text).toContain(squash('ที่ ๑๒๐/๒๕๖๕'));
    expect(text).toContain(squash('สั่ง ณ วันที่ ๑๐ มกราคม พ.ศ. ๒๕๖๕'));
    expect(text).toContain(squash('ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'));
    expect(pdfText(pdf)).not.toMatch(/[0-9]/);
  });

  it('signs an order for the director with the capacity line', async () => {
    const doc = sampleIssuance('order');
    const capacity = 'ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม';
    const pdf = await renderer.renderPdf({
      ...doc,
      signature: { ...doc.signature, capacityLines: [capacity] },
    });
    expect(squash(pdfText(pdf, undefined, 'raw'))).toContain(squash(capacity));
  });
});
