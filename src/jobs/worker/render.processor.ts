import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { DocumentRenderer } from '../../rendering/document-renderer';
import { RENDER_QUEUE } from '../queue-names';
import { assetsFromJob, type PrintJobData } from '../render-queue';
import { WORKER_OPTIONS } from './worker-options';

/** On a worker: prints the pages API instances send (previews, receipt stamps) with Chromium. */
@Processor(RENDER_QUEUE, WORKER_OPTIONS)
export class RenderProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly renderer: DocumentRenderer,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.get('RENDER_CONCURRENCY');
  }

  /** The PDF as base64 (job results are JSON); a failure says its code to the waiting request. */
  async process(job: Job<PrintJobData>): Promise<string> {
    try {
      const pdf = await this.renderer.renderPagePdf(job.data.html, assetsFromJob(job.data));
      return pdf.toString('base64');
    } catch (error) {
      throw new Error(error instanceof DomainError ? error.code : 'RENDER_FAILED');
    }
  }
}
