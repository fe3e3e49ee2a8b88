import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Memo } from './memo.entity';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Capacity, IssuanceKind } from './memo.enums';

export type IssuanceStatus = 'draft' | 'issued';

/** A ประกาศ or คำสั่ง carried by a memo for signature; approving the memo issues it. */
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
