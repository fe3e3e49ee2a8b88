import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TimestampColumn } from '../database/columns';
import { Organization } from '../org/organization.entity';

/**
 * What a state change sets off, written in the same transaction as the change: the dispatcher
 * delivers it to each consumer after the commit, again at start-up, and on an interval.
 */
@Entity('outbox_event')
@Index(['completedAt', 'id'])
@Index(['aggregateType', 'aggregateId'])
export class OutboxEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  /** e.g. memo.approved */
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  /** What the event is about, for per-document ordering: e.g. memo 42. */
  @Column({ type: 'varchar', length: 32 })
  aggregateType!: string;

  @Column({ type: 'int' })
  aggregateId!: number;

  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  @TimestampColumn()
  createdAt!: Date;

  /** Set once every consumer has handled it (or given up on it: parked). */
  @TimestampColumn({ nullable: true })
  completedAt!: Date | null;
}
