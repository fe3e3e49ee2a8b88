import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { OutboxQueue } from '../outbox-queue';
import { REMINDERS_JOB, REMINDERS_SCHEDULER, SWEEP_JOB, SWEEP_SCHEDULER } from '../queue-names';

/** Redis keeps nothing on disk here: a restarted one has lost the scheduler, so it is renewed. */
const RENEW_MS = 15_000;

/**
 * The cluster's clocks: BullMQ job schedulers, whichever worker made them, tick once per period
 * for the whole cluster (not once per process): the outbox sweep every OUTBOX_POLL_MS, acting
 * group heads' steps and reminders every REMINDER_POLL_MS. Every worker upserts the same schedulers, which is harmless.
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
    const reminders = this.config.get('REMINDER_POLL_MS');
    await Promise.all([
      this.queue.schedule(SWEEP_SCHEDULER, SWEEP_JOB, this.config.get('OUTBOX_POLL_MS')),
      reminders > 0 && this.queue.schedule(REMINDERS_SCHEDULER, REMINDERS_JOB, reminders),
    ]).catch((err: unknown) => this.logger.warn({ err }, 'Could not renew the schedulers'));
  }
}
