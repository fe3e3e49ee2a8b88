import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/** An in-app notice for one user (the inbox's bell). */
@Entity('notification')
@Index(['orgId', 'userId', 'readAt', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** memo.submitted, memo.approved, memo.returned … */
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'int', nullable: true })
  memoId!: number | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  readAt!: Date | null;
}
