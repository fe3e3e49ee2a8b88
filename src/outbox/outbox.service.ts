import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction-runner';
import type { OutboxEvent } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';
import type { NewOutboxEvent, OutboxConsumer } from './outbox.types';

/** Writes events in the caller's transaction and keeps the consumers, in the order they run. */
@Injectable()
export class OutboxService {
  private readonly consumers: OutboxConsumer[] = [];

  constructor(private readonly repo: OutboxRepository) {}

  /** Consumers subscribe as their modules start; for one event they run in this order. */
  subscribe(consumer: OutboxConsumer): void {
    if (this.consumers.some((c) => c.name === consumer.name))
      throw new Error(`outbox consumer ${consumer.name} subscribed twice`);
    this.consumers.push(consumer);
    this.consumers.sort((a, b) => a.order - b.order);
  }

  consumersOf(topic: string): OutboxConsumer[] {
    return this.consumers.filter((c) => c.topics.includes(topic) && c.enabled !== false);
  }

  /** Returns the events, for the dispatcher to deliver right after the commit. */
  async add(tx: Tx, events: readonly NewOutboxEvent[]): Promise<OutboxEvent[]> {
    const saved: OutboxEvent[] = [];
    for (const e of events) {
      // Wall-clock time, not the domain clock: the sweep's grace period is real time.
      saved.push(
        await this.repo.insert(tx, {
          ...e,
          payload: e.payload as Record<string, unknown>,
          createdAt: new Date(),
          completedAt: null,
        }),
      );
    }
    return saved;
  }
}
