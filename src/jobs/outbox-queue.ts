import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { DELIVER_JOB, deliverJobId, OUTBOX_QUEUE } from './queue-names';
import { QueueWaiter } from './queue-waiter';

export interface DeliverJobData {
  /** In the order they were written; the dispatcher keeps each document's events in order. */
  eventIds: number[];
}

/**
 * The dispatcher retries failed deliveries itself (recorded in the database, with backoff);
 * these attempts cover a worker that lost its database connection mid-job. A job's id keeps a
 * second copy of the same event out of the queue while the first waits or runs; a finished
 * job is removed at once, so that the sweep can hand the event out again when it is due.
 */
const DELIVER_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: true,
};

/** Outbox events handed to the workers (with REDIS_URL); the outbox rows stay the truth. */
@Injectable()
export class OutboxQueue implements OnApplicationShutdown {
  private readonly waiter: QueueWaiter;

  constructor(
    @InjectQueue(OUTBOX_QUEUE) private readonly queue: Queue<DeliverJobData>,
    config: AppConfig,
  ) {
    this.waiter = new QueueWaiter(queue, config);
  }

  /** One job for the events of one commit, named after the first. */
  async enqueue(eventIds: number[]): Promise<Job<DeliverJobData>> {
    return this.queue.add(
      DELIVER_JOB,
      { eventIds },
      { ...DELIVER_OPTIONS, jobId: deliverJobId(eventIds[0]) },
    );
  }

  /** One job per event (the sweep): an event whose job is still queued or running is skipped. */
  async enqueueEach(eventIds: number[]): Promise<void> {
    await this.queue.addBulk(
      eventIds.map((id) => ({
        name: DELIVER_JOB,
        data: { eventIds: [id] },
        opts: { ...DELIVER_OPTIONS, jobId: deliverJobId(id) },
      })),
    );
  }

  /** Enqueues and waits up to `waitMs` for a worker to deliver them. */
  async deliver(eventIds: number[], waitMs: number): Promise<void> {
    if (eventIds.length === 0) return;
    await this.waiter.finished(await this.enqueue(eventIds), waitMs);
  }

  /** One tick for the whole cluster (a BullMQ job scheduler: upserting it again is harmless). */
  async schedule(schedulerId: string, jobName: string, everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedulerId,
      { every: everyMs },
      { name: jobName, opts: { removeOnComplete: true, removeOnFail: true } },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.waiter.close();
  }
}
