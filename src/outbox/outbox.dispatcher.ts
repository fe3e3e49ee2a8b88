import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OutboxQueue } from '../jobs/outbox-queue';
import type { OutboxDelivery } from './outbox-delivery.entity';
import type { OutboxEvent } from './outbox-event.entity';
import { AlreadyDelivered, OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import type { OutboxConsumer, OutboxMessage } from './outbox.types';

/** After this many failures a delivery is parked for an admin; it no longer blocks anything. */
export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 5 * 60_000;
/**
 * The sweep leaves fresh events to the request that wrote them (which delivers right after its
 * commit); what is older than this was lost to a crash, a restart or a failure.
 */
const SWEEP_GRACE_MS = 5_000;
const SWEEP_BATCH = 200;
/** How long an API instance waits for a worker to deliver (its callers wait less). */
const QUEUED_WAIT_MS = 10_000;

/** `closed`: done, and the event marked complete in the same transaction. */
type Outcome = 'done' | 'closed' | 'waiting';

interface Job {
  event: OutboxEvent;
  /** Unfinished earlier events of the same document, which go first. */
  earlier: number[];
  /** Whether this delivery, the event's last, also marks the event complete. */
  closes: boolean;
}

/**
 * Delivers outbox events to their consumers: right after the commit that wrote them, at
 * start-up, and on an interval (OUTBOX_POLL_MS). Each consumer sees each event once (the
 * delivery is recorded with its effect), in order per document; failures are retried with a
 * growing delay and parked after MAX_ATTEMPTS.
 *
 * With REDIS_URL an API instance hands the events to the workers instead (src/jobs), and the
 * interval is the cluster's one BullMQ job scheduler, not a timer in each process.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly repo: OutboxRepository,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    @Optional() private readonly queue?: OutboxQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.queue) this.sweepSoon(0);
  }

  /** An API instance with REDIS_URL; a worker delivers what it takes off the queue itself. */
  private get viaQueue(): OutboxQueue | undefined {
    return this.config.get('SARABAN_ROLE') === 'api' ? this.queue : undefined;
  }

  private async enqueue(queue: OutboxQueue, eventIds: number[]): Promise<void> {
    // Not delivered yet is not lost: the rows wait for the sweep.
    await queue.deliver(eventIds, QUEUED_WAIT_MS).catch((error: unknown) => {
      this.logger.warn({ err: error, eventIds }, 'Outbox events not delivered by a worker yet');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.sweeping;
    await Promise.allSettled(this.inFlight.values());
  }

  /** Delivers these events now; resolves when each consumer has handled or failed them. */
  async deliver(eventIds: number[]): Promise<void> {
    if (eventIds.length === 0) return;
    const queue = this.viaQueue;
    if (queue) return this.enqueue(queue, eventIds);
    await this.deliverEvents(
      await this.repo.pendingAcrossOffices({ ids: eventIds }, eventIds.length),
    );
  }

  /**
   * Right after the commit that wrote them: the events as written, with no delivery yet (the
   * sweep leaves them alone for SWEEP_GRACE_MS; should it not, the unique key still holds).
   */
  async deliverWritten(events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const queue = this.viaQueue;
    if (queue)
      return this.enqueue(
        queue,
        events.map((e) => e.id),
      );
    await this.deliverEvents(events, []);
  }

  /**
   * After a request's commit: delivers its events, waiting at most `waitMs` so the answer can
   * show what they set off; past it they go on in the background (and the sweep retries).
   */
  async deliverWithin(events: OutboxEvent[], waitMs: number): Promise<void> {
    const delivering = this.deliverWritten(events).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
    });
    await Promise.race([delivering, timeout]);
    clearTimeout(timer);
  }

  /** Everything older than the grace period that is still undelivered. */
  async sweep(): Promise<void> {
    await this.deliverEvents(await this.overdue());
  }

  /** What the sweep delivers: a crash, a restart or a failure left these behind. */
  overdue(): Promise<OutboxEvent[]> {
    const createdBefore = new Date(Date.now() - SWEEP_GRACE_MS);
    return this.repo.pendingAcrossOffices({ createdBefore }, SWEEP_BATCH);
  }

  private sweepSoon(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Outbox sweep failed'))
        .finally(() => this.sweepSoon(this.config.get('OUTBOX_POLL_MS')));
    }, delayMs);
    this.timer.unref();
  }

  private async deliverEvents(events: OutboxEvent[], known?: OutboxDelivery[]): Promise<void> {
    const deliveries = known ?? (await this.repo.deliveriesAcrossOffices(events.map((e) => e.id)));
    for (const event of events) {
      if (this.stopped) return;
      const earlier = await this.repo.earlierIncompleteAcrossOffices(event);
      const consumers = this.outbox.consumersOf(event.topic);
      // In subscription order: the seal is made before the OIT evidence that cites its hash.
      let complete = true;
      for (const [i, c] of consumers.entries()) {
        const d = deliveries.find((x) => x.eventId === event.id && x.consumer === c.name);
        // The last consumer closes the event in its own transaction when all went well.
        const closes = complete && i === consumers.length - 1;
        const outcome = await this.once({ event, earlier, closes }, c, d);
        if (outcome === 'closed') break;
        if (outcome !== 'done') complete = false;
        if (complete && i === consumers.length - 1)
          await this.repo.complete(event.orgId, event.id, new Date());
      }
      if (consumers.length === 0) await this.repo.complete(event.orgId, event.id, new Date());
    }
  }

  /** One (event, consumer) at a time in this process; other processes are kept off by the key. */
  private once(job: Job, c: OutboxConsumer, d?: OutboxDelivery): Promise<Outcome> {
    const key = `${job.event.id}/${c.name}`;
    const running = this.inFlight.get(key);
    if (running) return running.then(() => 'waiting');
    const work = this.attempt(job, c, d).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private async attempt(job: Job, consumer: OutboxConsumer, d?: OutboxDelivery): Promise<Outcome> {
    const { event } = job;
    if (d?.state === 'done' || d?.state === 'parked') return 'done';
    if (d?.nextAttemptAt && d.nextAttemptAt.getTime() > Date.now()) return 'waiting';
    if (await this.repo.earlierWaitingAcrossOffices(job.earlier, consumer.name)) return 'waiting';
    try {
      await this.handle(job, consumer, d);
      return job.closes ? 'closed' : 'done';
    } catch (error) {
      if (error instanceof AlreadyDelivered || isUniqueViolation(error)) return 'done';
      return this.fail(event, consumer, d?.attempts ?? 0, error);
    }
  }

  private async handle(job: Job, consumer: OutboxConsumer, failed?: OutboxDelivery): Promise<void> {
    const { event } = job;
    const record = async (tx: Tx) => {
      await this.repo.markDoneAcrossOffices(tx, event.id, consumer.name, new Date(), failed);
      if (job.closes) await this.repo.complete(event.orgId, event.id, new Date(), tx);
    };
    let committed = false;
    await consumer.handle(toMessage(event), async (effect) => {
      await this.tx.run(async (tx) => {
        await effect?.(tx);
        await record(tx);
      });
      committed = true;
    });
    if (!committed) await this.tx.run(record);
  }

  private async fail(
    event: OutboxEvent,
    consumer: OutboxConsumer,
    previousAttempts: number,
    error: unknown,
  ): Promise<Outcome> {
    const attempts = previousAttempts + 1;
    const parked = attempts >= MAX_ATTEMPTS;
    const delay = Math.min(1000 * 2 ** attempts, MAX_BACKOFF_MS);
    const log = { err: error, eventId: event.id, topic: event.topic, consumer: consumer.name };
    if (parked) this.logger.error(log, 'Outbox delivery parked after repeated failures');
    else this.logger.warn({ ...log, attempts }, 'Outbox delivery failed; it will be retried');
    await this.repo.markFailedAcrossOffices(event.id, consumer.name, {
      state: parked ? 'parked' : 'failed',
      attempts,
      lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
      nextAttemptAt: new Date(Date.now() + delay),
    });
    return parked ? 'done' : 'waiting';
  }
}

const toMessage = (e: OutboxEvent): OutboxMessage => ({
  id: e.id,
  orgId: e.orgId,
  topic: e.topic,
  aggregateType: e.aggregateType,
  aggregateId: e.aggregateId,
  payload: e.payload,
  createdAt: e.createdAt,
});
