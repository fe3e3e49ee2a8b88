import { Logger } from '@nestjs/common';
import { type Job, type Queue, QueueEvents } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { redisOptions } from './redis-connection';
import { QUEUE_PREFIX } from './queue-names';

/** "Job wait … timed out before finishing": BullMQ's own message for waitUntilFinished's ttl. */
export const isWaitTimeout = (error: unknown): boolean =>
  error instanceof Error && /timed out before finishing/.test(error.message);

/** A job removed on completion before the wait began: BullMQ finds no key for it. */
const isRemovedWhenDone = (error: unknown): boolean =>
  error instanceof Error && /^Missing key for job/.test(error.message);

/**
 * Waits for a queue's jobs to finish, through one QueueEvents stream per queue (its own
 * blocking connection), opened at the first wait and closed with the process.
 */
export class QueueWaiter {
  private readonly logger = new Logger(QueueWaiter.name);
  private events?: Promise<QueueEvents>;

  constructor(
    private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  /** The job's result; undefined when it finished and was removed before the wait began. */
  async finished<T>(job: Job, ttlMs: number): Promise<T | undefined> {
    try {
      return (await job.waitUntilFinished(await this.stream(), ttlMs)) as T;
    } catch (error) {
      if (isRemovedWhenDone(error)) return undefined;
      throw error;
    }
  }

  async close(): Promise<void> {
    const opening = this.events;
    this.events = undefined;
    const events = await opening?.catch(() => undefined);
    await events?.close();
  }

  private stream(): Promise<QueueEvents> {
    this.events ??= this.open().catch((error: unknown) => {
      this.events = undefined;
      throw error;
    });
    return this.events;
  }

  private async open(): Promise<QueueEvents> {
    const connection = redisOptions(this.config.get('REDIS_URL') ?? '');
    const events = new QueueEvents(this.queue.name, { connection, prefix: QUEUE_PREFIX });
    events.on('error', (err) => this.logger.warn({ err }, 'Queue events connection error'));
    await events.waitUntilReady();
    return events;
  }
}
