import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import type { OutboxDelivery } from './outbox-delivery.entity';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxRepository } from './outbox.repository';

export type TroubleState = 'failed' | 'parked';

/**
 * For the office admin: what the system set off after a change but could not do yet (failed,
 * retried on its own) or gave up on (parked), and a retry. Payloads are not shown: they may
 * name secret documents.
 */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly dispatcher: OutboxDispatcher,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: Actor, state?: TroubleState) {
    const rows = await this.repo.troubled(actor.orgId, state ? [state] : ['failed', 'parked'], 200);
    return { items: rows.map(toTroubleView) };
  }

  /** Tries the delivery again now; answers with its state afterwards. */
  async retry(actor: Actor, id: number) {
    const found = await this.tx.run((tx) => this.repo.retry(tx, actor.orgId, id, new Date()));
    if (!found) throw notFound();
    await this.dispatcher.deliver([found.eventId]);
    const [after] = await this.repo.troubledById(actor.orgId, id);
    return after ? toTroubleView(after) : { id, eventId: found.eventId, state: 'done' };
  }
}

const toTroubleView = (d: OutboxDelivery) => ({
  id: d.id,
  eventId: d.eventId,
  topic: d.event?.topic ?? '',
  about: d.event ? { type: d.event.aggregateType, id: d.event.aggregateId } : null,
  consumer: d.consumer,
  state: d.state,
  attempts: d.attempts,
  lastError: d.lastError,
  nextAttemptAt: d.nextAttemptAt,
  updatedAt: d.updatedAt,
  createdAt: d.event?.createdAt ?? null,
});
