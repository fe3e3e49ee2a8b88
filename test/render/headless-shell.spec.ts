// The renderer prefers Chromium's headless shell because it prints faster (bench/README.md `pdf`).
// That is only allowed if it prints the same documents as the full browser: same pages, same
// line breaks, same pixels. Both builds come from the same Debian Chromium release.
import { existsSync } from 'node:fs';
import {
  findChromium,
  findRenderChromium,
  SYSTEM_HEADLESS_SHELL,
} from '../../src/rendering/browser/chromium';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pageImage, pdfInfo, pdfText } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import {
  longMemo,
  memo,
  memoWithUnbreakableTokens,
  sampleDocuments,
} from './support/sample-documents';

jest.setTimeout(120_000);

const [HEADLESS_SHELL] = SYSTEM_HEADLESS_SHELL;
const FULL_CHROMIUM = '/usr/bin/chromium';
const bothInstalled = existsSync(HEADLESS_SHELL) && existsSync(FULL_CHROMIUM);

describe('the renderer’s choice of browser', () => {
  it('is RENDER_CHROMIUM_PATH when set, and refuses one that does not exist', () => {
    // Any existing file will do: the setting is taken as given, over every other choice.
    expect(findRenderChromium({ render: process.execPath, general: HEADLESS_SHELL })).toBe(
      process.execPath,
    );
    expect(() => findRenderChromium({ render: '/nonexistent/chromium' })).toThrow(
      'RENDER_CHROMIUM_PATH=/nonexistent/chromium does not exist',
    );
  });

  it('is the headless shell when installed, else the browser the rest of the app uses', () => {
    const general = findChromium();
    expect(findRenderChromium({ general })).toBe(
      existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : general,
    );
  });
});

(bothInstalled ? describe : describe.skip)('headless shell against the full browser', () => {
  let shell: DocumentRenderer;
  let full: DocumentRenderer;

  beforeAll(() => {
    shell = createRenderer({ executablePath: () => HEADLESS_SHELL });
    full = createRenderer({ executablePath: () => FULL_CHROMIUM });
  });

  afterAll(() => Promise.all([shell.onApplicationShutdown(), full.onApplicationShutdown()]));

  // The samples, a long memo, and lines wrapped inside tokens, with references.
  const wrapped = { ...memoWithUnbreakableTokens(), references: ['บันทึก ที่ 1', 'หนังสือ ที่ 2'] };
  const documents = [...sampleDocuments(), longMemo(3), wrapped].map(
    (doc, i) => [`${i + 1} ${doc.kind} (${doc.subject.slice(0, 30)}…)`, doc] as const,
  );

  it.each(documents)('%s: same pages, same lines', async (_, doc) => {
    const [a, b] = await Promise.all([shell.renderPdf(doc), full.renderPdf(doc)]);
    expect(pdfInfo(a).pages).toBe(pdfInfo(b).pages);
    expect(pdfText(a)).toBe(pdfText(b));
  });

  it('draws the same pixels: emblem, red urgency, ร่าง watermark and QR code included', async () => {
    const verification = { code: 'K7Q2-9XMP', url: 'https://saraban.example.go.th/verify/K7Q2' };
    const preview = memo({ draft: true, urgency: 'most_urgent' });
    const sealed = memo({ verification });
    for (const d of [preview, sealed]) {
      const [a, b] = await Promise.all([shell.renderPdf(d), full.renderPdf(d)]);
      const [imageA, imageB] = [pageImage(a, 1, 100, true), pageImage(b, 1, 100, true)];
      expect(imageA.pixels.equals(imageB.pixels)).toBe(true);
    }
  });
});
