import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { StoredFile } from '../storage/stored-file.entity';
import { IncomingLetter } from './incoming-letter.entity';

/** A file of an incoming letter; its bytes live in the blob store under their SHA-256. */
@Entity('incoming_file')
@Index(['orgId', 'letterId'])
export class IncomingFile extends StoredFile {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  letterId!: number;

  @ManyToOne(() => IncomingLetter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Relation<IncomingLetter>;
}
