// "16 pt" must mean TH Sarabun New 16 pt: the line width of the office's own sentences, set in
// the renderer's font with its size-adjust, against TH SarabunPSK's advance widths
// (fixtures/th-sarabun-widths.json; TH Sarabun New keeps those advances).
import type { Browser } from 'puppeteer';
import { toThaiDigits } from '../../src/common/thai/thai-format';
import { AssetStore, FONT_FAMILY } from '../../src/rendering/assets/asset-store';
import {
  fontsourceSarabunSource,
  laksamanSource,
  type FontSource,
} from '../../src/rendering/assets/font-sources';
import {
  closeChromium,
  findRenderChromium,
  launchChromium,
  type LaunchedChromium,
} from '../../src/rendering/browser/chromium';
import { sandboxPage } from '../../src/rendering/browser/page-sandbox';
import { placeholderEmblem } from '../../src/rendering/renderer-options';
import { templatesDir } from '../../src/rendering/rendering-paths';
import reference from './fixtures/th-sarabun-widths.json';
import { renderChromiumSettings } from './support/renderer';
import { sampleDocuments } from './support/sample-documents';

jest.setTimeout(60_000);

const advance: Record<string, number> = reference.advance;

/** Width in points of `text` set in TH Sarabun New at `pt` points. */
function referenceWidth(text: string, pt: number): number {
  let units = 0;
  for (const c of text) {
    const width = advance[c];
    if (width === undefined) throw new Error(`No reference width for ${JSON.stringify(c)}`);
    units += width;
  }
  return (units / reference.unitsPerEm) * pt;
}

/** Widths in points of each line set in the renderer's font at 16 pt (no wrapping). */
async function renderedWidths(browser: Browser, font: FontSource, lines: string[]) {
  const assets = new AssetStore(font, placeholderEmblem(templatesDir()));
  const page = await browser.newPage();
  try {
    await sandboxPage(page, assets, () => undefined);
    const spans = lines.map((l) => `<div><span>${l}</span></div>`).join('');
    await page.setContent(
      `<style>${assets.fontFaceCss} body { font: 16pt '${FONT_FAMILY}'; white-space: pre }</style>${spans}`,
    );
    return await page.evaluate(async () => {
      await document.fonts.ready;
      // CSS px to pt.
      return Array.from(document.querySelectorAll('span')).map(
        (s) => s.getBoundingClientRect().width * 0.75,
      );
    });
  } finally {
    await page.close();
  }
}

const sources: Array<[string, FontSource | undefined, number]> = [
  ['Laksaman (Debian fonts-tlwg-laksaman-ttf)', laksamanSource(), 0.01],
  ['Sarabun (npm @fontsource/sarabun)', fontsourceSarabunSource(), 0.03],
];

describe('official font size', () => {
  let chromium: LaunchedChromium;
  // Every paragraph of the office's samples, as printed (Thai digits).
  const lines = sampleDocuments().flatMap((d) => d.paragraphs.map(toThaiDigits));

  beforeAll(async () => {
    // The renderer's own browser and flags: they decide how wide text is set.
    chromium = await launchChromium(findRenderChromium(renderChromiumSettings()), 30_000);
  });

  afterAll(() => closeChromium(chromium, 5000));

  it('has a reference width for every character of the samples', () => {
    expect(lines.length).toBeGreaterThan(20);
    expect(() => lines.forEach((l) => referenceWidth(l, 16))).not.toThrow();
  });

  it.each(sources)(
    '%s at 16 pt sets lines as wide as TH Sarabun New 16 pt',
    async (_, font, tolerance) => {
      if (!font) {
        console.warn('Font not installed here; its width is not measured.');
        return;
      }
      const widths = await renderedWidths(chromium.browser, font, lines);
      const total = widths.reduce((a, b) => a + b, 0);
      const expected = lines.reduce((a, l) => a + referenceWidth(l, 16), 0);
      expect(Math.abs(total / expected - 1)).toBeLessThan(tolerance);
      for (const [i, line] of lines.entries()) {
        expect(Math.abs(widths[i] / referenceWidth(line, 16) - 1)).toBeLessThan(0.03);
      }
    },
  );
});
