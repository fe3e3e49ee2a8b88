import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Secrecy } from '../memo/memo.enums';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';

/**
 * The signed form of a document: what /verify/:code shows. The verification code exists from
 * approval; the PDF's hash is filled in once it has been rendered and stored.
 */
@Entity('sealed_document')
@Index(['verifyCode'], { unique: true })
@Index(['orgId', 'documentType', 'documentId'], { unique: true })
export class SealedDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @CodeColumn(16)
  documentType!: RegisteredDocumentType;

  @Column({ type: 'int' })
  documentId!: number;

  @Column({ type: 'varchar', length: 16 })
  verifyCode!: string;

  @Column({ type: 'varchar', length: 64 })
  numberText!: string;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** Copied from the memo: /verify of a secret seal says only that it is genuine. */
  @CodeColumn(16, { default: 'normal' })
  secrecy!: Secrecy;

  @Column({ type: 'varchar', length: 255 })
  signerName!: string;

  @Column({ type: 'varchar', length: 500 })
  signerPosition!: string;

  @TimestampColumn()
  signedAt!: Date;

  /** Null until the PDF is rendered and stored. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'int', nullable: true })
  size!: number | null;

  /** Blob of the RenderableDocument frozen at approval; null for seals made before it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  snapshotSha256!: string | null;
}
