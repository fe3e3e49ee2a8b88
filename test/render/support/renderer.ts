// Renderers for the render tier: the real Chromium, templates, fonts and emblem, with settings
// chosen per test.
import { DocumentRenderer } from '../../../src/rendering/document-renderer';
import { resolveFontSource } from '../../../src/rendering/assets/font-sources';
import { findRenderChromium } from '../../../src/rendering/browser/chromium';
import { placeholderEmblem, type RendererOptions } from '../../../src/rendering/renderer-options';
import { templatesDir } from '../../../src/rendering/rendering-paths';

export function rendererOptions(overrides: Partial<RendererOptions> = {}): RendererOptions {
  const dir = templatesDir();
  return {
    templatesDir: dir,
    font: resolveFontSource(),
    emblemFile: placeholderEmblem(dir),
    executablePath: () => findRenderChromium(renderChromiumSettings()),
    concurrency: 2,
    recycleAfter: 100,
    // A first Chromium start on a fresh machine (font caches, two browsers at once) has taken
    // 20 s; tests about time limits set their own.
    timeoutMs: 60_000,
    queueLimit: 32,
    ...overrides,
  };
}

/** The renderer's browser as the app would pick it from this environment. */
export const renderChromiumSettings = () => ({
  render: process.env.RENDER_CHROMIUM_PATH,
  general: process.env.PUPPETEER_EXECUTABLE_PATH,
});

export const createRenderer = (overrides: Partial<RendererOptions> = {}): DocumentRenderer =>
  new DocumentRenderer(rendererOptions(overrides));

export const isPdf = (pdf: Buffer): boolean =>
  pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.includes('%%EOF');
