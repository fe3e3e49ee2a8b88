import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Secrecy } from '../memo/memo.enums';
import type { Register } from './register';

export type RegisteredDocumentType = 'memo' | 'announcement' | 'order' | 'letter';
/**
 * What a number was given to: a document issued in Saraban, a document made outside it
 * (`outside`, an OutsideDocument), or nothing yet (`reserved`, จอง; documentId 0).
 */
export type RegisterEntryType = RegisteredDocumentType | 'outside' | 'reserved';

/** A number issued from a register. Never deleted or reused; cancelling marks it ยกเลิก. */
@Entity('register_entry')
@Index(['orgId', 'register', 'year', 'seq'], { unique: true })
@Index(['orgId', 'documentType', 'documentId'])
export class RegisterEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @CodeColumn(16)
  register!: Register;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  seq!: number;

  /** As printed: "ศธ ๐๔๓๐๕/๑๒๓" or "๑๒๐/๒๕๖๕". */
  @Column({ type: 'varchar', length: 64 })
  numberText!: string;

  @CodeColumn(16)
  documentType!: RegisterEntryType;

  @Column({ type: 'int' })
  documentId!: number;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** Copied from the memo at registration: secret entries are shown as หนังสือลับ to others. */
  @CodeColumn(16, { default: 'normal' })
  secrecy!: Secrecy;

  @TimestampColumn()
  registeredAt!: Date;

  @Column({ type: 'int' })
  registeredByUserId!: number;

  @TimestampColumn({ nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  cancelReason!: string;
}
