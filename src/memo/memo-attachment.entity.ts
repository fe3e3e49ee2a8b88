import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Memo } from './memo.entity';
import { StoredFile } from '../storage/stored-file.entity';

/** A file attached to a memo; its bytes live in the blob store under their SHA-256. */
@Entity('memo_attachment')
@Index(['orgId', 'memoId'])
export class MemoAttachment extends StoredFile {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @ManyToOne(() => Memo, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memo_id' })
  memo?: Relation<Memo>;
}
