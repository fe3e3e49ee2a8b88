import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/** One entry of an office's append-only, hash-chained audit trail. */
@Entity('audit_event')
@Index(['orgId', 'seq'], { unique: true })
@Index(['orgId', 'entityType', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  /** 1, 2, 3 … per office, without gaps. */
  @Column({ type: 'int' })
  seq!: number;

  @TimestampColumn()
  at!: Date;

  @Column({ type: 'int', nullable: true })
  actorUserId!: number | null;

  @Column({ type: 'varchar', length: 64, default: '' })
  ip!: string;

  /** e.g. memo.approve, user.create */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ type: 'int' })
  entityId!: number;

  @Column({ type: 'int', nullable: true })
  beforeVersion!: number | null;

  @Column({ type: 'int', nullable: true })
  afterVersion!: number | null;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
