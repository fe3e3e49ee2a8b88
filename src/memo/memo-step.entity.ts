import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Memo } from './memo.entity';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Capacity, StepRole } from './memo.enums';

export const STEP_STATES = ['pending', 'approved', 'returned', 'rejected', 'cancelled'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** One approver's place in a memo's resolved chain, and what they did there (เกษียน). */
@Entity('memo_step')
@Index(['orgId', 'memoId', 'round', 'stepOrder'], { unique: true })
@Index(['orgId', 'assigneeUserId'])
export class MemoStep {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @ManyToOne(() => Memo, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memo_id' })
  memo?: Relation<Memo>;

  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'int' })
  stepOrder!: number;

  @CodeColumn(16)
  role!: StepRole;

  @Column({ type: 'int' })
  assigneeUserId!: number;

  @CodeColumn(16)
  capacity!: Capacity;

  @Column({ type: 'int', nullable: true })
  delegationId!: number | null;

  @Column({ type: 'boolean', width: 1, default: false })
  isFinal!: boolean;

  @CodeColumn(16)
  state!: StepState;

  /** The endorsement text, or the reason for returning. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  /** When the step became the current one. */
  @TimestampColumn({ nullable: true })
  activatedAt!: Date | null;

  @TimestampColumn({ nullable: true })
  actedAt!: Date | null;
}
