import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { resolveFontSource, type FontSource } from './assets/font-sources';
import { findRenderChromium } from './browser/chromium';
import type { PdfEngineOptions } from './browser/pdf-engine';
import { templatesDir } from './rendering-paths';

export const RENDERER_OPTIONS = Symbol('RENDERER_OPTIONS');

export interface RendererOptions extends PdfEngineOptions {
  templatesDir: string;
  font: FontSource;
  emblemFile: string;
  /**
   * Whether a sealed document may print the placeholder emblem: not in production unless
   * ALLOW_PLACEHOLDER_EMBLEM=true, or, when that is unset, SEED_DEMO=true declares a demo server
   * (issue 21, R3). Outside production it is allowed (tests, development).
   */
  placeholderEmblemAllowed?: boolean;
  /** DOCUMENT_WORDS_FILE: the office's words kept whole, beside the templates' own list. */
  wordsFile?: string;
}

export const placeholderEmblem = (dir: string): string =>
  join(dir, 'assets', 'emblem-placeholder.svg');

/** The renderer's settings from the validated configuration (README "Rendering"). */
export function rendererOptionsFrom(config: AppConfig): RendererOptions {
  const dir = templatesDir();
  const officialFile = config.get('OFFICIAL_FONT_FILE');
  const chromium = {
    render: config.get('RENDER_CHROMIUM_PATH'),
    general: config.get('PUPPETEER_EXECUTABLE_PATH'),
  };
  return {
    templatesDir: dir,
    font: resolveFontSource(
      officialFile
        ? { file: officialFile, sizeAdjustPercent: config.get('OFFICIAL_FONT_SIZE_ADJUST') }
        : undefined,
    ),
    emblemFile: config.get('EMBLEM_FILE') ?? placeholderEmblem(dir),
    placeholderEmblemAllowed: placeholderAllowed(config),
    wordsFile: config.get('DOCUMENT_WORDS_FILE'),
    // Resolved when Chromium first starts, so modules that never render never look for it.
    executablePath: () => findRenderChromium(chromium),
    concurrency: config.get('RENDER_CONCURRENCY'),
    recycleAfter: config.get('RENDER_RECYCLE_AFTER'),
    timeoutMs: config.get('RENDER_TIMEOUT_MS'),
    queueLimit: config.get('RENDER_QUEUE_LIMIT'),
  };
}

function placeholderAllowed(config: AppConfig): boolean {
  if (!config.isProduction) return true;
  const allow = config.get('ALLOW_PLACEHOLDER_EMBLEM');
  return allow === undefined ? config.get('SEED_DEMO') === 'true' : allow === 'true';
}
