import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { managerOf, Tx } from '../database/tx';
import { DeliveryState, OutboxDelivery } from './outbox-delivery.entity';
import { OutboxEvent } from './outbox-event.entity';

/** Thrown inside a consumer's transaction when another worker recorded the delivery first. */
export class AlreadyDelivered extends Error {}

/**
 * Events and their deliveries. Office-facing methods are scoped by orgId. The dispatcher serves
 * every office, so its bookkeeping is named …AcrossOffices: it is keyed by event id, and a
 * delivery row has no office of its own (its event's is on the event).
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: Tx, event: Omit<OutboxEvent, 'id' | 'org'>): Promise<OutboxEvent> {
    return managerOf(tx).save(OutboxEvent, event);
  }

  /**
   * Unfinished events, oldest first: those given, or all created before `createdBefore`. Across
   * offices: the dispatcher's sweeps deliver what any office's commits left behind.
   */
  pendingAcrossOffices(filter: { ids?: number[]; createdBefore?: Date }, limit: number) {
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

  /** Across offices: the deliveries of events the dispatcher took from its sweep. */
  async deliveriesAcrossOffices(eventIds: number[]): Promise<OutboxDelivery[]> {
    if (eventIds.length === 0) return [];
    return this.dataSource.manager.find(OutboxDelivery, { where: { eventId: In(eventIds) } });
  }

  /**
   * Unfinished earlier events about the same document: they reach each consumer first. Across
   * offices: keyed by the document (whose id is system-wide), for the dispatcher.
   */
  async earlierIncompleteAcrossOffices(event: OutboxEvent): Promise<number[]> {
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

  /** Whether any of these earlier events still waits for this consumer (across offices: by id). */
  async earlierWaitingAcrossOffices(earlier: number[], consumer: string): Promise<boolean> {
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
   * makes this fail, and the consumer's effect roll back with it. Across offices: by event id.
   */
  async markDoneAcrossOffices(
    tx: Tx,
    eventId: number,
    consumer: string,
    at: Date,
    failed?: OutboxDelivery,
  ): Promise<void> {
    if (failed) {
      const updated = await managerOf(tx).update(
        OutboxDelivery,
        { id: failed.id, state: 'failed' },
        { state: 'done', nextAttemptAt: null, updatedAt: at },
      );
      if (updated.affected !== 1) throw new AlreadyDelivered();
      return;
    }
    await managerOf(tx).insert(OutboxDelivery, {
      eventId,
      consumer,
      state: 'done',
      attempts: 0,
      lastError: '',
      nextAttemptAt: null,
      updatedAt: at,
    });
  }

  /**
   * Outside any transaction: the effect rolled back, the failure must stay. Across offices: by
   * event id, for the dispatcher.
   */
  async markFailedAcrossOffices(
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

  /** Marks the event done, in the last consumer's transaction or on its own (no `tx`). */
  async complete(orgId: number, eventId: number, at: Date, tx?: Tx): Promise<void> {
    await (tx ? managerOf(tx) : this.dataSource.manager).update(
      OutboxEvent,
      { id: eventId, orgId, completedAt: IsNull() },
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
    const em = managerOf(tx);
    const d = await em.findOne(OutboxDelivery, {
      where: { id: deliveryId, state: In(['failed', 'parked']) },
      relations: { event: true },
    });
    if (!d?.event || d.event.orgId !== orgId) return null;
    await em.update(
      OutboxDelivery,
      { id: d.id },
      { state: 'failed', attempts: 0, nextAttemptAt: at, updatedAt: at },
    );
    await em.update(OutboxEvent, { id: d.eventId }, { completedAt: null });
    return d;
  }
}
