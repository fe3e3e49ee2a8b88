import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { resolve } from 'node:path';
import { DomainError } from '../common/errors/domain-error';
import type { ComponentHealth } from '../health/health-registry';
import {
  ASSET_ORIGIN,
  type Asset,
  AssetStore,
  emblemAssets,
  officeEmblemUrl,
  type RenderAssets,
} from './assets/asset-store';
import type { EmblemImage } from './assets/emblem-image';
import { RenderQueue } from '../jobs/render-queue';
import { type PagePrinter, PdfEngine, type PdfEngineStatus } from './browser/pdf-engine';
import type { RenderableDocument } from './document.model';
import { placeholderEmblem, RENDERER_OPTIONS, type RendererOptions } from './renderer-options';
import { DocumentTemplates } from './templates/document-templates';
import { readWordList } from './templates/unbreakable-words';

/** The server's default Garuda (/api/health): EMBLEM_FILE, or the neutral placeholder. */
export type EmblemState = 'office' | 'placeholder';

/**
 * Which Garuda one office's documents print: the one its administrator uploaded, the server's
 * default (EMBLEM_FILE), or the placeholder when there is neither.
 */
export type OfficeEmblemState = 'uploaded' | 'server' | 'placeholder';

/** An office's uploaded emblem, or null when it prints the server's default. */
export type OfficeEmblem = EmblemImage | null;

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
        'EMBLEM_FILE is not set: offices that have not uploaded their own Garuda print a ' +
          'placeholder (ยังไม่ได้ตั้งค่าตราครุฑของระบบ หน่วยงานที่ยังไม่อัปโหลดตราครุฑจะพิมพ์ตราแทนชั่วคราว)',
      );
    }
  }

  /** The server's default emblem. */
  get emblem(): EmblemState {
    const placeholder = resolve(placeholderEmblem(this.options.templatesDir));
    return resolve(this.options.emblemFile) === placeholder ? 'placeholder' : 'office';
  }

  /** The server's default emblem image (EMBLEM_FILE or the placeholder), as documents print it. */
  defaultEmblem(): Asset {
    const asset = this.assets.get(this.assets.emblemUrl);
    if (!asset) throw new Error('The default emblem was not loaded');
    return asset;
  }

  /** What an office's documents print: `uploaded`, whether it has an emblem of its own. */
  officeEmblemState(uploaded: boolean): OfficeEmblemState {
    if (uploaded) return 'uploaded';
    return this.emblem === 'placeholder' ? 'placeholder' : 'server';
  }

  /** Whether an approval of such an office would be refused now (see assertSealable). */
  sealingRefused(uploaded: boolean): boolean {
    return (
      this.officeEmblemState(uploaded) === 'placeholder' &&
      this.options.placeholderEmblemAllowed === false
    );
  }

  /**
   * Before an approval seals its documents: production refuses the placeholder emblem unless
   * ALLOW_PLACEHOLDER_EMBLEM=true, since a sealed memo, order or announcement without the
   * ตราครุฑ would be sent back (issue 21, R3). An office with its own emblem may always seal.
   */
  assertSealable(uploaded: boolean): void {
    if (this.sealingRefused(uploaded)) throw new DomainError('EMBLEM_PLACEHOLDER');
  }

  /** The document as a self-contained HTML page (previews, tests), with its office's emblem. */
  renderHtml(doc: RenderableDocument, emblem: OfficeEmblem = null): string {
    return this.templates.render(doc, emblem ? officeEmblemUrl(emblem.sha256) : undefined);
  }

  /**
   * The document as an A4 PDF, printing the office's emblem when given (else the server's
   * default). Fails with RENDERER_BUSY when the queue is full, RENDER_TIMEOUT or RENDER_FAILED
   * (all 503) when Chromium cannot deliver.
   */
  renderPdf(doc: RenderableDocument, emblem: OfficeEmblem = null): Promise<Buffer> {
    const html = this.renderHtml(doc, emblem);
    return this.engine.print(html, emblem ? emblemAssets(emblem) : undefined);
  }

  /**
   * Any other self-contained page (the receipt stamp and its cover page) printed by the same
   * sandboxed Chromium. Its template must escape user text; its @page rule sets the paper size.
   * `assets`: what a worker is handed for a document's page (its office's emblem).
   */
  renderPagePdf(html: string, assets?: RenderAssets): Promise<Buffer> {
    return this.engine.print(html, assets);
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
      // Offices that uploaded their own emblem seal regardless (issue 21, R3).
      sealing: refused
        ? 'refused for offices without their own emblem (upload on /admin, or set EMBLEM_FILE)'
        : 'allowed',
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
