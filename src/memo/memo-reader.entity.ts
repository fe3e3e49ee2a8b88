import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Memo } from './memo.entity';

/** A person named by the author as a reader: the only way outside the chain to see a secret memo. */
@Entity('memo_reader')
@Index(['orgId', 'memoId', 'userId'], { unique: true })
@Index(['orgId', 'userId'])
export class MemoReader {
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
  userId!: number;
}
