import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Memo } from './memo.entity';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Capacity, IssuanceKind } from './memo.enums';
import type { IssuanceStructure, LetterParts, LetterRecipients } from './issuance-content';

export type IssuanceStatus = 'draft' | 'issued';

/** A ประกาศ, คำสั่ง or หนังสือภายนอก carried by a memo for signature; approving it issues it. */
@Entity('issuance')
@Index(['orgId', 'memoId'], { unique: true })
@Index(['orgId', 'kind', 'issuedAt'])
export class Issuance {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @ManyToOne(() => Memo, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memo_id' })
  memo?: Relation<Memo>;

  @CodeColumn(16)
  kind!: IssuanceKind;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'simple-json' })
  paragraphs!: string[];

  /** Letters only: the parts of แบบที่ ๑ (เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง, circular). */
  @Column({ type: 'simple-json', nullable: true })
  letter!: LetterParts | null;

  /** Letters only: whom it is sent to, as the author named them (ids not resolved). */
  @Column({ type: 'simple-json', nullable: true })
  recipients!: LetterRecipients | null;

  /** Numbered clauses and tables after the paragraphs; null for plain paragraphs. */
  @Column({ type: 'simple-json', nullable: true })
  structure!: IssuanceStructure | null;

  @CodeColumn(16)
  status!: IssuanceStatus;

  /** "๑๒๐/๒๕๖๕" */
  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @TimestampColumn({ nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  signerUserId!: number | null;

  @CodeColumn(16, { nullable: true })
  signerCapacity!: Capacity | null;
}
