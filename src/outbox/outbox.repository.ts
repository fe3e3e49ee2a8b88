import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import type { Tx } from '../database/transaction-runner';
import { DeliveryState, OutboxDelivery } from './outbox-delivery.entity';
import { OutboxEvent } from './outbox-event.entity';

/** Thrown inside a consumer's transaction when another worker recorded the delivery first. */
export class AlreadyDelivered extends Error {}

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: Tx, event: Omit<OutboxEvent, 'id' | 'org'>): Promise<OutboxEvent> {
    return tx.save(OutboxEvent, event);
  }

  /** Unfinished events, oldest first: those given, or all created before `createdBefore`. */
  pending(filter: { ids?: number[]; createdBefore?: Date }, limit: number) {
    return this.dataSource.manager.find(OutboxEvent, {
      where: {
        completedAt: IsNull(),
        ...(filter.ids ? { id: In(filter.ids) } : {}),
        ...(filter.createdBefore ? { createdAt: LessThan(filter.createdBefore) } : {}),
      },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  async deliveriesOf(eventIds: number[]): Promise<OutboxDelivery[]> {
    if (eventIds.length === 0) return [];
    return this.dataSource.manager.find(OutboxDelivery, { where: { eventId: In(eventIds) } });
  }

  /** Unfinished earlier events about the same document: they reach each consumer first. */
  async earlierIncomplete(event: OutboxEvent): Promise<number[]> {
    const rows = await this.dataSource.manager.find(OutboxEvent, {
      select: { id: true },
      where: {
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        completedAt: IsNull(),
        id: LessThan(event.id),
      },
    });
    return rows.map((r) => r.id);
  }

  /** Whether any of these earlier events still waits for this consumer. */
  async earlierWaiting(earlier: number[], consumer: string): Promise<boolean> {
    if (earlier.length === 0) return false;
    const settled = await this.dataSource.manager.count(OutboxDelivery, {
      where: { eventId: In(earlier), consumer, state: Not('failed') },
    });
    return settled < earlier.length;
  }

  /**
   * Records the delivery in the consumer's transaction: turns the failed row the dispatcher saw
   * into done, or inserts the first one. Keyed writes only (no update of a missing row, whose
   * gap lock would deadlock concurrent first deliveries on MariaDB). Another worker's record
   * makes this fail, and the consumer's effect roll back with it.
   */
  async markDone(
    tx: Tx,
    eventId: number,
    consumer: string,
    at: Date,
    failed?: OutboxDelivery,
  ): Promise<void> {
    if (failed) {
      const updated = await tx.update(
        OutboxDelivery,
        { id: failed.id, state: 'failed' },
        { state: 'done', nextAttemptAt: null, updatedAt: at },
      );
      if (updated.affected !== 1) throw new AlreadyDelivered();
      return;
    }
    await tx.insert(OutboxDelivery, {
      eventId,
      consumer,
      state: 'done',
      attempts: 0,
      lastError: '',
      nextAttemptAt: null,
      updatedAt: at,
    });
  }

  /** Outside any transaction: the effect rolled back, the failure must stay. */
  async markFailed(
    eventId: number,
    consumer: string,
    change: { state: DeliveryState; attempts: number; lastError: string; nextAttemptAt: Date },
  ): Promise<void> {
    const m = this.dataSource.manager;
    const at = new Date();
    const updated = await m.update(
      OutboxDelivery,
      { eventId, consumer, state: In(['failed', 'parked']) },
      { ...change, updatedAt: at },
    );
    if (updated.affected === 0 && !(await m.existsBy(OutboxDelivery, { eventId, consumer })))
      await m.insert(OutboxDelivery, { eventId, consumer, ...change, updatedAt: at });
  }

  async complete(eventId: number, at: Date, tx?: Tx): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      OutboxEvent,
      { id: eventId, completedAt: IsNull() },
      { completedAt: at },
    );
  }

  /** Deliveries that failed or were given up, newest first, with their events. */
  troubled(orgId: number, states: DeliveryState[], take: number) {
    return this.dataSource.manager
      .createQueryBuilder(OutboxDelivery, 'd')
      .innerJoinAndSelect('d.event', 'e')
      .where('e.org_id = :orgId AND d.state IN (:...states)', { orgId, states })
      .orderBy('d.updatedAt', 'DESC')
      .take(take)
      .getMany();
  }

  /** One delivery with its event, if it belongs to the office and is not done. */
  troubledById(orgId: number, id: number) {
    return this.dataSource.manager
      .createQueryBuilder(OutboxDelivery, 'd')
      .innerJoinAndSelect('d.event', 'e')
      .where("e.org_id = :orgId AND d.id = :id AND d.state <> 'done'", { orgId, id })
      .getMany();
  }

  /** Gives a failed or parked delivery another try at once; its event becomes pending again. */
  async retry(tx: Tx, orgId: number, deliveryId: number, at: Date) {
    const d = await tx.findOne(OutboxDelivery, {
      where: { id: deliveryId, state: In(['failed', 'parked']) },
      relations: { event: true },
    });
    if (!d?.event || d.event.orgId !== orgId) return null;
    await tx.update(
      OutboxDelivery,
      { id: d.id },
      { state: 'failed', attempts: 0, nextAttemptAt: at, updatedAt: at },
    );
    await tx.update(OutboxEvent, { id: d.eventId }, { completedAt: null });
    return d;
  }
}
