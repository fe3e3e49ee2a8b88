import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TimestampColumn } from '../database/columns';
import { IncomingLetter } from './incoming-letter.entity';

/** A file of an incoming letter; its bytes live in the blob store under their SHA-256. */
@Entity('incoming_file')
@Index(['orgId', 'letterId'])
export class IncomingFile {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  letterId!: number;

  @ManyToOne(() => IncomingLetter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Relation<IncomingLetter>;

  /** Sanitised display name; never used as a path. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  uploadedByUserId!: number;

  @TimestampColumn()
  createdAt!: Date;
}
