import { Column } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * The columns of an uploaded file kept in the blob store under its SHA-256 (a memo's attachment,
 * an incoming letter's file): entities extend it with their owner.
 */
export abstract class StoredFile {
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
