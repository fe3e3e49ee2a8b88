import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

export const TASK_STATES = ['open', 'done'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/**
 * A task an approved memo, or an executive's endorsement of an incoming letter, assigns to a
 * group or to one person (exactly one of the two; exactly one of memoId and incomingLetterId).
 */
@Entity('memo_task')
@Index(['memoId', 'taskIndex'], { unique: true })
@Index(['incomingLetterId', 'taskIndex'], { unique: true })
@Index(['orgId', 'groupId', 'state'])
@Index(['orgId', 'userId', 'state'])
// The reminder sweep pages through the open tasks of every office.
@Index('IDX_memo_task_sweep', ['state', 'id'])
export class MemoTask {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int', nullable: true })
  memoId!: number | null;

  @Column({ type: 'int', nullable: true })
  incomingLetterId!: number | null;

  /** Its place in the plan's tasks: a redelivered approval or endorsement makes no second row. */
  @Column({ type: 'int' })
  taskIndex!: number;

  @Column({ type: 'int', nullable: true })
  groupId!: number | null;

  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'varchar', length: 1000 })
  task!: string;

  @TimestampColumn()
  dueAt!: Date;

  @CodeColumn(16)
  state!: TaskState;

  @Column({ type: 'varchar', length: 2000, default: '' })
  doneNote!: string;

  @TimestampColumn({ nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  doneByUserId!: number | null;

  @TimestampColumn()
  createdAt!: Date;
}
