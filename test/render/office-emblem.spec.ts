// Issue 21, R3: each office prints its own Garuda. The emblem an office uploaded is served to the
// sandboxed page for that render only; another office's document prints the server's default,
// and sealing in production is refused only where the effective emblem is the placeholder.
import { sha256Hex } from '../../src/storage/blob-store';
import { checkEmblem, type EmblemImage } from '../../src/rendering/assets/emblem-image';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pngImage, svgImage } from '../support/images';
import { embeddedImages } from '../support/pdf-images';
import { pageImage, type PageImage } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { memo, sampleIssuance } from './support/sample-documents';

jest.setTimeout(120_000);

const GREEN = [0, 150, 0] as const;
const WHITE = [255, 255, 255] as const;

const emblemOf = (body: Buffer): EmblemImage => ({
  sha256: sha256Hex(body),
  contentType: checkEmblem(body),
  body,
});

const DPI = 72;
const mm = (value: number): number => Math.round((value * DPI) / 25.4);

/** Clearly green pixels in a box given in millimetres from the page's top left. */
function greenPixels(page: PageImage, box: { x: number; y: number; w: number; h: number }): number {
  let count = 0;
  for (let y = mm(box.y); y < mm(box.y + box.h); y++) {
    for (let x = mm(box.x); x < mm(box.x + box.w); x++) {
      const i = (y * page.width + x) * 3;
      const [r, g, b] = [page.pixels[i], page.pixels[i + 1], page.pixels[i + 2]];
      if (g > 110 && r < 60 && b < 60) count++;
    }
  }
  return count;
}

// The memo's Garuda: 15 × 15 mm at x 30, y 15 (layout audit §2); the ประกาศ's: 30 mm high, centred.
const MEMO_EMBLEM = { x: 30, y: 15, w: 15, h: 15 };
const ISSUANCE_EMBLEM = { x: 95, y: 15, w: 30, h: 30 };

describe("an office's own emblem", () => {
  let renderer: DocumentRenderer;
  // Office A uploaded a green square on white, 360 × 340 px; office B none (placeholder default).
  const officeA = emblemOf(pngImage(360, 340, WHITE, GREEN));
  const officeC = emblemOf(svgImage(100, 100, '', '#009600'));

  beforeAll(() => {
    renderer = createRenderer({ concurrency: 1, placeholderEmblemAllowed: false });
  });
  afterAll(() => renderer.onApplicationShutdown());

  it("prints office A's emblem on A's memo and the default on B's, on the same page in turn", async () => {
    const pdfA = await renderer.renderPdf(memo(), officeA);
    const pdfB = await renderer.renderPdf(memo(), null);
    // A's PNG is embedded at its own size; the placeholder is a vector drawing, no image.
    expect(embeddedImages(pdfA)).toContain('360x340');
    expect(embeddedImages(pdfB)).not.toContain('360x340');
    const pageA = pageImage(pdfA, 1, DPI, true);
    const pageB = pageImage(pdfB, 1, DPI, true);
    // The green middle half of the square fills about a quarter of the 15 mm box.
    const box = mm(15) * mm(15);
    expect(greenPixels(pageA, MEMO_EMBLEM)).toBeGreaterThan(box * 0.15);
    expect(greenPixels(pageB, MEMO_EMBLEM)).toBe(0);
  });

  it('prints an SVG emblem on an announcement, 3 cm high at the top centre', async () => {
    const pdf = await renderer.renderPdf(sampleIssuance('announcement'), officeC);
    const page = pageImage(pdf, 1, DPI, true);
    expect(greenPixels(page, ISSUANCE_EMBLEM)).toBeGreaterThan(mm(30) * mm(30) * 0.2);
    expect(greenPixels(page, MEMO_EMBLEM)).toBe(0);
  });

  it('never serves an emblem to a render it was not lent to: the page asks, and is refused', async () => {
    const officeD = emblemOf(pngImage(300, 300, GREEN));
    const blockedBefore = renderer.status().blockedRequests;
    // D's page, printed without D's emblem: its URL answers nothing, the network stays shut.
    // (A page's image cache may keep an emblem it was lent: content-addressed, never another's.)
    const pdf = await renderer.renderPagePdf(renderer.renderHtml(memo(), officeD));
    expect(greenPixels(pageImage(pdf, 1, DPI, true), MEMO_EMBLEM)).toBe(0);
    expect(renderer.status().blockedRequests).toBe(blockedBefore + 1);
  });

  it('refuses to seal in production with the placeholder, and seals with an uploaded emblem', () => {
    expect(renderer.officeEmblemState(false)).toBe('placeholder');
    expect(() => renderer.assertSealable(false)).toThrow(
      expect.objectContaining({ code: 'EMBLEM_PLACEHOLDER' }),
    );
    expect(renderer.officeEmblemState(true)).toBe('uploaded');
    expect(() => renderer.assertSealable(true)).not.toThrow();
    // /api/health stays about the server's default.
    expect(renderer.status()).toMatchObject({ emblem: 'placeholder' });
  });
});
