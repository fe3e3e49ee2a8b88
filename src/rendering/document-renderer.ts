import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { resolve } from 'node:path';
import { DomainError } from '../common/errors/domain-error';
import type { ComponentHealth } from '../health/health-registry';
import { ASSET_ORIGIN, AssetStore } from './assets/asset-store';
import { RenderQueue } from '../jobs/render-queue';
import { type PagePrinter, PdfEngine, type PdfEngineStatus } from './browser/pdf-engine';
import type { RenderableDocument } from './document.model';
import { placeholderEmblem, RENDERER_OPTIONS, type RendererOptions } from './renderer-options';
import { DocumentTemplates } from './templates/document-templates';
import { readWordList } from './templates/unbreakable-words';

/** Which Garuda the documents print: the office's (EMBLEM_FILE) or the neutral placeholder. */
export type EmblemState = 'office' | 'placeholder';

/**
 * Official documents (บันทึกข้อความ, ประกาศ, คำสั่ง) as HTML and PDF. Templates, fonts and the
 * emblem are loaded and checked at construction. Chromium starts at the first PDF (or at
 * warmUp()), so CLI commands and tests that never render never pay for it.
 */
@Injectable()
export class DocumentRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger('DocumentRenderer');
  private readonly assets: AssetStore;
  private readonly templates: DocumentTemplates;
  private readonly engine: PagePrinter;

  constructor(
    @Inject(RENDERER_OPTIONS) private readonly options: RendererOptions,
    @Optional() queue?: RenderQueue,
  ) {
    this.assets = new AssetStore(options.font, options.emblemFile);
    this.templates = new DocumentTemplates(options.templatesDir, {
      assetOrigin: ASSET_ORIGIN,
      emblemUrl: this.assets.emblemUrl,
      fontFaceCss: this.assets.fontFaceCss,
      extraWords: options.wordsFile ? readWordList(options.wordsFile) : [],
    });
    // With REDIS_URL an API instance prints on the workers and never starts Chromium itself.
    this.engine = queue?.active ? queue : new PdfEngine(options, this.assets);
    this.logger.log(`Document font: ${options.font.label}`);
    if (this.emblem === 'placeholder') {
      this.logger.warn(
        'EMBLEM_FILE is not set: documents print a placeholder instead of the Garuda ' +
          '(ยังไม่ได้ตั้งค่าตราครุฑ เอกสารจะพิมพ์ตราแทนชั่วคราว)',
      );
    }
  }

  get emblem(): EmblemState {
    const placeholder = resolve(placeholderEmblem(this.options.templatesDir));
    return resolve(this.options.emblemFile) === placeholder ? 'placeholder' : 'office';
  }

  /**
   * Before an approval seals its documents: production refuses the placeholder emblem unless
   * ALLOW_PLACEHOLDER_EMBLEM=true, since a sealed memo, order or announcement without the
   * ตราครุฑ would be sent back (issue 21, R3).
   */
  assertSealable(): void {
    if (this.emblem === 'placeholder' && this.options.placeholderEmblemAllowed === false) {
      throw new DomainError('EMBLEM_PLACEHOLDER');
    }
  }

  /** The document as a self-contained HTML page (previews, tests). */
  renderHtml(doc: RenderableDocument): string {
    return this.templates.render(doc);
  }

  /**
   * The document as an A4 PDF. Fails with RENDERER_BUSY when the queue is full, RENDER_TIMEOUT
   * or RENDER_FAILED (all 503) when Chromium cannot deliver.
   */
  renderPdf(doc: RenderableDocument): Promise<Buffer> {
    return this.engine.print(this.renderHtml(doc));
  }

  /**
   * Any other self-contained page (the receipt stamp and its cover page) printed by the same
   * sandboxed Chromium. Its template must escape user text; its @page rule sets the paper size.
   */
  renderPagePdf(html: string): Promise<Buffer> {
    return this.engine.print(html);
  }

  /** What such a page needs: the templates folder and the document font's @font-face rules. */
  pageAssets(): { templatesDir: string; fontFaceCss: string } {
    return { templatesDir: this.options.templatesDir, fontFaceCss: this.assets.fontFaceCss };
  }

  /** Starts Chromium ahead of the first PDF, e.g. once the HTTP server listens. */
  warmUp(): Promise<void> {
    return this.engine.warmUp();
  }

  status(): PdfEngineStatus & { font: string; emblem: EmblemState; sealing: string } {
    const refused =
      this.emblem === 'placeholder' && this.options.placeholderEmblemAllowed === false;
    return {
      ...this.engine.status(),
      font: this.options.font.label,
      emblem: this.emblem,
      sealing: refused ? 'refused: placeholder emblem (set EMBLEM_FILE)' : 'allowed',
    };
  }

  /** Readiness: down only when Chromium failed to start; an idle (lazy) renderer is ready. */
  async health(): Promise<ComponentHealth> {
    const status = this.status();
    return {
      up: status.browser !== 'failed' && status.browser !== 'closed',
      details: { ...status },
    };
  }

  browserPid(): number | undefined {
    return this.engine.browserPid();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
