import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { type DeliverJobData, OutboxQueue } from '../outbox-queue';
import { ReminderSweep } from '../../reminders/reminder-sweep';
import { DelegationSweep } from '../../workflow/acting-head/delegation-sweep';
import { DELIVER_JOB, OUTBOX_QUEUE, REMINDERS_JOB, SWEEP_JOB } from '../queue-names';
import { WORKER_OPTIONS } from './worker-options';

/** Deliveries at once per worker: mostly waiting on the database, Chromium and SMTP. */
const CONCURRENCY = 4;

/** On a worker: delivers outbox events to their consumers; runs the cluster's sweeps. */
@Processor(OUTBOX_QUEUE, { ...WORKER_OPTIONS, concurrency: CONCURRENCY })
export class OutboxProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxProcessor.name);

  constructor(
    private readonly dispatcher: OutboxDispatcher,
    private readonly queue: OutboxQueue,
    private readonly reminders: ReminderSweep,
    private readonly delegations: DelegationSweep,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.on('error', (err) => this.logger.warn({ err }, 'Outbox worker error'));
  }

  async process(job: Job<DeliverJobData>): Promise<void> {
    switch (job.name) {
      case DELIVER_JOB:
        return this.dispatcher.deliver(job.data.eventIds);
      case SWEEP_JOB:
        return this.queue.enqueueEach((await this.dispatcher.overdue()).map((e) => e.id));
      case REMINDERS_JOB:
        // Acting group heads' steps first, so the reminders go to whoever holds them now.
        await this.delegations
          .run()
          .catch((err: unknown) => this.logger.error({ err }, 'Delegation sweep failed'));
        await this.reminders.run();
        return;
      default:
        throw new Error(`unknown outbox job ${job.name}`);
    }
  }
}
