import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';

export type DispatchChannel = 'email' | 'internal';
export type DispatchState = 'sent' | 'received';

/**
 * One recipient of an issued document. E-mail rows carry the SHA-256 of their receipt link's
 * token (never the token itself); a resend replaces it, so the old link stops working.
 */
@Entity('dispatch')
@Index(['orgId', 'memoId'])
@Index(['orgId', 'documentType', 'documentId'])
@Index(['tokenHash'], { unique: true })
export class Dispatch {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  memoId!: number;

  @CodeColumn(16)
  documentType!: RegisteredDocumentType;

  @Column({ type: 'int' })
  documentId!: number;

  @CodeColumn(16)
  channel!: DispatchChannel;

  /** A school or agency of the directory (channel `email`). */
  @Column({ type: 'int', nullable: true })
  recipientId!: number | null;

  /** An internal group (channel `internal`). */
  @Column({ type: 'int', nullable: true })
  groupId!: number | null;

  /** As named when it was dispatched. */
  @Column({ type: 'varchar', length: 255 })
  recipientName!: string;

  @Column({ type: 'varchar', length: 254, default: '' })
  recipientEmail!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash!: string | null;

  @CodeColumn(16)
  state!: DispatchState;

  /** How many e-mails went out (the first send and each resend). */
  @Column({ type: 'int', default: 0 })
  sendCount!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  mailedAt!: Date | null;

  @TimestampColumn({ nullable: true })
  receivedAt!: Date | null;
}
