import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import { OrgGroup } from '../org/org-group.entity';
import type { AssignmentState } from './incoming.enums';
import { IncomingLetter } from './incoming-letter.entity';

/** A group's part in a letter: its own receive number, the person its head assigned, the outcome. */
@Entity('incoming_assignment')
@Index(['orgId', 'letterId', 'groupId'], { unique: true })
@Index(['orgId', 'groupId', 'groupYear', 'groupReceiveNumber'], { unique: true })
@Index(['orgId', 'assigneeUserId', 'state'])
export class IncomingAssignment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  letterId!: number;

  @ManyToOne(() => IncomingLetter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Relation<IncomingLetter>;

  @Column({ type: 'int' })
  groupId!: number;

  @ManyToOne(() => OrgGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<OrgGroup>;

  /** Buddhist-era year of the group's receive register. */
  @Column({ type: 'int' })
  groupYear!: number;

  /** เลขรับของกลุ่ม: consecutive per group and year. */
  @Column({ type: 'int' })
  groupReceiveNumber!: number;

  @Column({ type: 'int', nullable: true })
  assigneeUserId!: number | null;

  @CodeColumn(16)
  state!: AssignmentState;

  /** การปฏิบัติ: what was done, when closed without a memo. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  actionNote!: string;

  /** The memo that answered the letter, once approved, and its number. */
  @Column({ type: 'int', nullable: true })
  replyMemoId!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  replyDocNumber!: string | null;

  @TimestampColumn({ nullable: true })
  dueAt!: Date | null;

  /** Since when it waits on its head, then on its assignee. */
  @TimestampColumn()
  waitingSince!: Date;

  @TimestampColumn({ nullable: true })
  doneAt!: Date | null;
}
