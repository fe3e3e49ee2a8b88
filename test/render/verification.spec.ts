// Sealed documents: the short code on every page and a QR code that opens the verify page.
import jsQR from 'jsqr';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pageImage, pdfInfo, pdfText, type PageImage } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { longMemo, memo, sampleIssuance } from './support/sample-documents';

jest.setTimeout(60_000);

const verification = {
  code: 'K7Q2-9XMP',
  url: 'https://saraban.example.go.th/verify/K7Q2-9XMP',
};

function decodeQr(image: PageImage): string | undefined {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    rgba.fill(image.pixels[i], i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, image.width, image.height)?.data;
}

describe('verification code and QR code', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('prints the code on every page and a QR code of the verification URL', async () => {
    const pdf = await renderer.renderPdf(longMemo(2, { verification }));
    for (const page of [1, 2]) expect(pdfText(pdf, page)).toContain('รหัสตรวจสอบ K7Q2-9XMP');
    expect(pdfText(pdf)).toContain(verification.url);
    const lastPage = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim()).length;
    expect(decodeQr(pageImage(pdf, lastPage, 150))).toBe(verification.url);
  });

  it('seals announcements the same way', async () => {
    const pdf = await renderer.renderPdf({ ...sampleIssuance('announcement'), verification });
    expect(pdfText(pdf)).toContain('รหัสตรวจสอบ K7Q2-9XMP');
    // At Word's line spacing the QR box of the sample announcement goes on to a second page.
    const pages = pdfInfo(pdf).pages;
    expect(decodeQr(pageImage(pdf, pages, 150))).toBe(verification.url);
  });

  it('prints neither on unsealed documents', async () => {
    const pdf = await renderer.renderPdf(memo());
    expect(pdfText(pdf)).not.toContain('รหัสตรวจสอบ');
    expect(decodeQr(pageImage(pdf, 1, 150))).toBeUndefined();
  });

  it('keeps a hostile code inside its CSS string', async () => {
    const code = `x'; } @page { @top-left { content: 'INJECTED' } } </style><b>`;
    const pdf = await renderer.renderPdf(memo({ verification: { ...verification, code } }));
    const text = pdfText(pdf);
    expect(text).not.toMatch(/^\s*INJECTED/m);
    expect(text).toContain(`รหัสตรวจสอบ ${code}`.slice(0, 30));
  });
});
