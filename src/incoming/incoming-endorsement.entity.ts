import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { EndorsementKind } from './incoming.enums';
import { IncomingLetter } from './incoming-letter.entity';

/**
 * One step of a letter's path: the registry desk proposing it to an executive (`forward`), or
 * an executive's order (`endorse`, เกษียนสั่งการ) assigning groups or passing it on.
 */
@Entity('incoming_endorsement')
@Index(['orgId', 'letterId'])
export class IncomingEndorsement {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  letterId!: number;

  @ManyToOne(() => IncomingLetter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Relation<IncomingLetter>;

  @CodeColumn(16)
  kind!: EndorsementKind;

  @Column({ type: 'int' })
  byUserId!: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  @Column({ type: 'simple-json' })
  assignedGroupIds!: number[];

  @TimestampColumn({ nullable: true })
  dueAt!: Date | null;

  /** The executive it was passed to (a forward, or an executive passing it on). */
  @Column({ type: 'int', nullable: true })
  forwardToUserId!: number | null;

  @TimestampColumn()
  createdAt!: Date;
}
