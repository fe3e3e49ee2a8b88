import { Logger } from '@nestjs/common';
import { ProtocolError, TimeoutError } from 'puppeteer';
import { DomainError } from '../../common/errors/domain-error';
import type { AssetStore, RenderAssets } from '../assets/asset-store';
import { BrowserHost, type BrowserState } from './browser-host';
import { PagePool, type PageLease } from './page-pool';
import { lendAssets, sandboxPage } from './page-sandbox';
import { printPage } from './print-page';
import { RenderSlots } from './render-slots';
import { RenderTimeoutError, withTimeout } from './with-timeout';

export interface PdfEngineOptions {
  executablePath: () => string;
  /** Pages rendering at once (RENDER_CONCURRENCY). */
  concurrency: number;
  /** A page is replaced after this many documents (RENDER_RECYCLE_AFTER). */
  recycleAfter: number;
  /** One render, and one wait for a free page (RENDER_TIMEOUT_MS). */
  timeoutMs: number;
  /** Renders allowed to wait for a page (RENDER_QUEUE_LIMIT). */
  queueLimit: number;
}

export interface PdfEngineStatus {
  /** `remote`: an API instance whose pages print on the workers (REDIS_URL). */
  browser: BrowserState | 'remote';
  pid?: number;
  restarts: number;
  recycledPages: number;
  rendered: number;
  failed: number;
  blockedRequests: number;
  active: number;
  queued: number;
  size: number;
  queueLimit: number;
}

// Puppeteer's TargetCloseError is not exported; it is a ProtocolError with that name.
const isTargetClosed = (error: unknown): boolean =>
  error instanceof ProtocolError && error.name === 'TargetCloseError';

// Puppeteer's own timeouts (navigation, protocol) fire together with ours on a hang.
const isTimeout = (error: unknown): boolean =>
  error instanceof RenderTimeoutError ||
  error instanceof TimeoutError ||
  (error instanceof Error && /timed out/.test(error.message));

/** The browser was lost under a render (crash, kill, disconnect): worth one more try. */
class BrowserLostError extends Error {}

/** Prints self-contained HTML pages: Chromium in this process, or a worker's (src/jobs). */
export interface PagePrinter {
  /** `assets`: what this page may load besides the fonts and the default emblem. */
  print(html: string, assets?: RenderAssets): Promise<Buffer>;
  warmUp(): Promise<void>;
  status(): PdfEngineStatus;
  browserPid(): number | undefined;
  close(): Promise<void>;
}

/** Turns HTML into PDF on a pool of sandboxed pages of one warm Chromium. */
export class PdfEngine implements PagePrinter {
  private readonly logger = new Logger('PdfEngine');
  private readonly host: BrowserHost;
  private readonly pool: PagePool;
  private readonly slots: RenderSlots;
  private rendered = 0;
  private failed = 0;
  private blockedRequests = 0;

  constructor(
    private readonly options: PdfEngineOptions,
    assets: AssetStore,
  ) {
    this.host = new BrowserHost(options.executablePath, options.timeoutMs);
    const prepare = (page: Parameters<typeof sandboxPage>[0]) =>
      sandboxPage(page, assets, (url) => this.onBlocked(url));
    this.pool = new PagePool(this.host, prepare, options.recycleAfter);
    this.slots = new RenderSlots(options.concurrency, options.queueLimit, options.timeoutMs);
  }

  print(html: string, assets?: RenderAssets): Promise<Buffer> {
    return this.slots.run(() => this.printWithRetry(html, assets));
  }

  /** Starts Chromium and opens one page ahead of the first document. */
  async warmUp(): Promise<void> {
    await this.slots.run(async () => this.pool.release(await this.pool.acquire(), true));
  }

  status(): PdfEngineStatus {
    return {
      browser: this.host.state(),
      pid: this.host.pid(),
      restarts: this.host.restarts,
      recycledPages: this.pool.recycled,
      rendered: this.rendered,
      failed: this.failed,
      blockedRequests: this.blockedRequests,
      ...this.slots.stats(),
    };
  }

  /** The Chromium process id, for diagnostics (and the crash test). */
  browserPid(): number | undefined {
    return this.host.pid();
  }

  async close(): Promise<void> {
    this.slots.close();
    this.pool.clear();
    await this.host.close();
  }

  private async printWithRetry(html: string, assets?: RenderAssets): Promise<Buffer> {
    try {
      return await this.attempt(html, assets).catch(async (error: unknown) => {
        if (!(error instanceof BrowserLostError)) throw error;
        // The document is rarely what killed the browser: once more on a fresh one.
        return await this.attempt(html, assets);
      });
    } catch (error) {
      this.failed++;
      if (error instanceof DomainError) throw error;
      this.logger.error(`PDF rendering failed: ${String(error)}`);
      throw new DomainError('RENDER_FAILED');
    }
  }

  private async attempt(html: string, assets?: RenderAssets): Promise<Buffer> {
    const lease = await this.pool.acquire().catch((error: unknown) => {
      throw this.host.state() === 'failed' ? error : new BrowserLostError(String(error));
    });
    let healthy = false;
    lendAssets(lease.page, assets);
    try {
      const pdf = await withTimeout(printPage(lease.page, html), this.options.timeoutMs);
      healthy = true;
      this.rendered++;
      return pdf;
    } catch (error) {
      throw await this.classify(error, lease);
    } finally {
      lendAssets(lease.page, undefined);
      this.pool.release(lease, healthy);
    }
  }

  private async classify(error: unknown, lease: PageLease): Promise<Error> {
    if (isTimeout(error)) {
      // A hung page or browser: replace the browser rather than wait on it.
      await this.host.discard(lease.generation, 'a render timeout');
      return new DomainError('RENDER_TIMEOUT');
    }
    if (!lease.page.browser().connected) {
      await this.host.discard(lease.generation, 'a crash');
      return new BrowserLostError(String(error));
    }
    if (lease.page.isClosed() || isTargetClosed(error)) {
      return new BrowserLostError(String(error));
    }
    return error instanceof Error ? error : new Error(String(error));
  }

  private onBlocked(url: string): void {
    this.blockedRequests++;
    this.logger.warn(`Blocked a request from a document page: ${url.slice(0, 200)}`);
  }
}
