import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DomainError } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';
import { AppConfig } from '../config/app-config';
import { isRenderAssetUrl, type Asset, type RenderAssets } from '../rendering/assets/asset-store';
import type { PagePrinter, PdfEngineStatus } from '../rendering/browser/pdf-engine';
import { PRINT_JOB, RENDER_QUEUE } from './queue-names';
import { isWaitTimeout, QueueWaiter } from './queue-waiter';

export interface PrintJobData {
  html: string;
  /** The page's own assets (an office's emblem), base64: job data is JSON. */
  assets?: Array<{ url: string; contentType: string; base64: string }>;
}

const assetsToJob = (assets?: RenderAssets): PrintJobData['assets'] =>
  assets
    ? [...assets].map(([url, a]) => ({
        url,
        contentType: a.contentType,
        base64: a.body.toString('base64'),
      }))
    : undefined;

/** On the worker: only emblem URLs are taken from a job, so it can shadow no font. */
export const assetsFromJob = (data: PrintJobData): RenderAssets =>
  new Map<string, Asset>(
    (data.assets ?? [])
      .filter((a) => isRenderAssetUrl(a.url))
      .map((a) => [a.url, { contentType: a.contentType, body: Buffer.from(a.base64, 'base64') }]),
  );

/** What a worker's failure may say back to the waiting request. */
const RENDER_ERRORS: readonly ErrorCode[] = ['RENDERER_BUSY', 'RENDER_TIMEOUT', 'RENDER_FAILED'];

export const renderErrorOf = (message: string): DomainError =>
  new DomainError(
    RENDER_ERRORS.includes(message as ErrorCode) ? (message as ErrorCode) : 'RENDER_FAILED',
  );

/**
 * An API instance's printer when REDIS_URL is set: pages go to a worker, which owns Chromium,
 * and the request waits RENDER_WAIT_MS at most before 503 RENDERER_BUSY (with Retry-After).
 * Beyond RENDER_QUEUE_LIMIT waiting pages it refuses at once rather than pile up.
 */
@Injectable()
export class RenderQueue implements PagePrinter, OnApplicationShutdown {
  /** Only API instances print through the queue; a worker prints with its own Chromium. */
  readonly active: boolean;
  private readonly waiter: QueueWaiter;
  private printed = 0;
  private failed = 0;

  constructor(
    @InjectQueue(RENDER_QUEUE) private readonly queue: Queue<PrintJobData, string>,
    private readonly config: AppConfig,
  ) {
    this.active = config.get('SARABAN_ROLE') === 'api';
    this.waiter = new QueueWaiter(queue, config);
  }

  async print(html: string, assets?: RenderAssets): Promise<Buffer> {
    const waiting = await this.queue.getWaitingCount();
    if (waiting >= this.config.get('RENDER_QUEUE_LIMIT')) {
      throw new DomainError('RENDERER_BUSY', { reason: 'queue full', queued: waiting });
    }
    const job = await this.queue.add(
      PRINT_JOB,
      { html, assets: assetsToJob(assets) },
      { removeOnComplete: { age: 60 }, removeOnFail: { age: 60 } },
    );
    try {
      const base64 = await this.waiter.finished<string>(job, this.config.get('RENDER_WAIT_MS'));
      // Kept 60 s after completion, so a result is always there to read.
      if (base64 === undefined) throw new Error('RENDER_FAILED');
      this.printed++;
      return Buffer.from(base64, 'base64');
    } catch (error) {
      this.failed++;
      if (!isWaitTimeout(error)) throw renderErrorOf((error as Error).message);
      // Nobody waits for it any more; a worker that already took it finishes in vain.
      await job.remove().catch(() => undefined);
      throw new DomainError('RENDERER_BUSY', { reason: 'no worker in time' });
    }
  }

  /** Chromium runs on the workers: nothing to start here. */
  warmUp(): Promise<void> {
    return Promise.resolve();
  }

  status(): PdfEngineStatus {
    return {
      browser: 'remote',
      restarts: 0,
      recycledPages: 0,
      rendered: this.printed,
      failed: this.failed,
      blockedRequests: 0,
      active: 0,
      queued: 0,
      size: 0,
      queueLimit: this.config.get('RENDER_QUEUE_LIMIT'),
    };
  }

  browserPid(): undefined {
    return undefined;
  }

  close(): Promise<void> {
    return this.waiter.close();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
