import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import { MemoStep } from '../memo/memo-step.entity';
import { User } from '../org/user.entity';

export type ActionLinkAction = 'approve';

/**
 * A one-tap link e-mailed to the approver a step waits on: bound to that person, that step and
 * the memo's version when it was issued. Only the SHA-256 of its token is kept; sending the mail
 * again replaces it, so only the latest mail's link works. One row per (step, person).
 */
@Entity('action_link')
@Index(['tokenHash'], { unique: true })
@Index(['stepId', 'userId'], { unique: true })
@Index(['orgId', 'memoId'])
export class ActionLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'int' })
  memoId!: number;

  @Column({ type: 'int' })
  stepId!: number;

  @ManyToOne(() => MemoStep, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'step_id' })
  step?: Relation<MemoStep>;

  /** The memo's version when the step began waiting; any change since ends the link. */
  @Column({ type: 'int' })
  memoVersion!: number;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CodeColumn(16)
  action!: ActionLinkAction;

  @TimestampColumn()
  expiresAt!: Date;

  @TimestampColumn({ nullable: true })
  usedAt!: Date | null;

  @TimestampColumn()
  createdAt!: Date;
}
