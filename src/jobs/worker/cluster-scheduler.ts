import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { OutboxQueue } from '../outbox-queue';

/** Redis keeps nothing on disk here: a restarted one has lost the scheduler, so it is renewed. */
const RENEW_MS = 15_000;

/**
 * The cluster's clock: one BullMQ job scheduler, whichever worker made it, ticks once per
 * OUTBOX_POLL_MS for the whole cluster (not once per process). Every worker upserts the same
 * scheduler, which is harmless.
 */
@Injectable()
export class ClusterScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClusterScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.renew();
    this.timer = setInterval(() => void this.renew(), RENEW_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<void> {
    await this.queue
      .scheduleSweep(this.config.get('OUTBOX_POLL_MS'))
      .catch((err: unknown) => this.logger.warn({ err }, 'Could not renew the outbox sweep'));
  }
}
