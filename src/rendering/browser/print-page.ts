import type { Page, PDFOptions } from 'puppeteer';

const PDF_OPTIONS: PDFOptions = {
  // A4 and the margins come from the stylesheet's @page rules.
  preferCSSPageSize: true,
  printBackground: true,
  // Untagged: smaller and faster; the text layer stays extractable (RENDERING.md #6).
  tagged: false,
  outline: false,
  // printPage awaits document.fonts.ready itself, and checks the outcome.
  waitForFonts: false,
};

/**
 * Loads the document into a reused page and prints it. `load` fires once the inlined styles
 * and in-memory assets are in; the fonts are awaited explicitly (RENDERING.md #4).
 */
export async function printPage(page: Page, html: string, timeoutMs: number): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  const fonts = await page.evaluate(() => document.fonts.ready.then((set) => set.status));
  if (fonts !== 'loaded') throw new Error(`Fonts did not load (${fonts})`);
  const pdf = await page.pdf({ ...PDF_OPTIONS, timeout: timeoutMs });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
