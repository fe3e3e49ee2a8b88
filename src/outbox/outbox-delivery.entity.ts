import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import { OutboxEvent } from './outbox-event.entity';

export const DELIVERY_STATES = ['done', 'failed', 'parked'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * One consumer's handling of one event. `done` is written in the same transaction as the
 * consumer's effect, and the unique key makes a second delivery roll back: effects happen once.
 */
@Entity('outbox_delivery')
@Index(['eventId', 'consumer'], { unique: true })
@Index(['state', 'nextAttemptAt'])
export class OutboxDelivery {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  eventId!: number;

  @ManyToOne(() => OutboxEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<OutboxEvent>;

  @Column({ type: 'varchar', length: 64 })
  consumer!: string;

  @CodeColumn(16)
  state!: DeliveryState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  lastError!: string;

  /** A failed delivery is retried from then on, with a growing delay. */
  @TimestampColumn({ nullable: true })
  nextAttemptAt!: Date | null;

  @TimestampColumn()
  updatedAt!: Date;
}
