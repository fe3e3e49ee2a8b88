import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

export type CirculationAudienceKind = 'all-staff' | 'groups' | 'people';

/** An approved memo circulated for acknowledgement (หนังสือเวียนแจ้งเพื่อทราบ): one per memo. */
@Entity('circulation')
@Index(['memoId'], { unique: true })
export class Circulation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @CodeColumn(16)
  audience!: CirculationAudienceKind;

  /** When the memo was approved. */
  @TimestampColumn()
  createdAt!: Date;

  /** The author's last reminder to those who have not acknowledged (at most one an hour). */
  @TimestampColumn({ nullable: true })
  remindedAt!: Date | null;
}

/** One person a memo was circulated to; `readAt` is set once, when they acknowledge. */
@Entity('circulation_recipient')
@Index(['memoId', 'userId'], { unique: true })
@Index(['orgId', 'userId', 'readAt'])
export class CirculationRecipient {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  readAt!: Date | null;
}
