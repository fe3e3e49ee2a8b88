import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

export type CirculationAudienceKind = 'all-staff' | 'groups' | 'people';

/**
 * An approved memo, or an endorsed incoming letter, circulated for acknowledgement
 * (หนังสือเวียนแจ้งเพื่อทราบ): one per memo or letter (exactly one of the two ids is set).
 */
@Entity('circulation')
@Index(['memoId'], { unique: true })
@Index(['incomingLetterId'], { unique: true })
export class Circulation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int', nullable: true })
  memoId!: number | null;

  @Column({ type: 'int', nullable: true })
  incomingLetterId!: number | null;

  @CodeColumn(16)
  audience!: CirculationAudienceKind;

  /** When the memo was approved or the letter endorsed. */
  @TimestampColumn()
  createdAt!: Date;

  /** The author's last reminder to those who have not acknowledged (at most one an hour). */
  @TimestampColumn({ nullable: true })
  remindedAt!: Date | null;
}

/** One person a memo or letter was circulated to; `readAt` is set once, when they acknowledge. */
@Entity('circulation_recipient')
@Index(['memoId', 'userId'], { unique: true })
@Index(['incomingLetterId', 'userId'], { unique: true })
@Index(['orgId', 'userId', 'readAt'])
export class CirculationRecipient {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int', nullable: true })
  memoId!: number | null;

  @Column({ type: 'int', nullable: true })
  incomingLetterId!: number | null;

  @Column({ type: 'int' })
  userId!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  readAt!: Date | null;
}
