import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * A document made outside Saraban (signed on paper, typed in Word) that took a register number:
 * its register entry has documentType `outside` and points here. The PDF lives in the blob store.
 */
@Entity('outside_document')
@Index(['orgId'])
export class OutsideDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** The addressee (เรียน …). */
  @Column({ type: 'varchar', length: 255 })
  toLine!: string;

  /** The date it bears, yyyy-mm-dd. */
  @Column({ type: 'varchar', length: 10 })
  documentDate!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  registeredByUserId!: number;

  @TimestampColumn()
  createdAt!: Date;
}
