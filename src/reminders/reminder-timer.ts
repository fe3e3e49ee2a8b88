import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DelegationSweep } from '../workflow/acting-head/delegation-sweep';
import { ReminderSweep } from './reminder-sweep';

/**
 * The one process's scheduler (no REDIS_URL): every REMINDER_POLL_MS, acting group heads' steps
 * moved, then the reminders swept. With Redis the cluster's BullMQ job scheduler runs both on a
 * worker instead (src/jobs/worker).
 */
@Injectable()
export class ReminderTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderTimer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly sweep: ReminderSweep,
    private readonly delegations: DelegationSweep,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.get('REMINDER_POLL_MS');
    if (every === 0 || this.config.get('REDIS_URL')) return;
    this.timer = setInterval(() => this.tick(), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.delegations
      .run()
      .catch((err: unknown) => this.logger.error({ err }, 'Delegation sweep failed'))
      // The reminders then go to whoever holds each step now.
      .then(() => this.sweep.run())
      .catch((err: unknown) => this.logger.error({ err }, 'Reminder sweep failed'))
      .finally(() => (this.running = undefined));
  }
}
