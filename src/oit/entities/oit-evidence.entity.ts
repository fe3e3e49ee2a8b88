import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../../database/columns';
import { Organization } from '../../org/organization.entity';
import type { Secrecy } from '../../memo/memo.enums';
import { User } from '../../org/user.entity';

/** Approved documents come from MEMO_APPROVED; files and web links are registered by hand. */
export const EVIDENCE_KINDS = ['memo', 'announcement', 'order', 'letter', 'file', 'web'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const DOCUMENT_EVIDENCE_KINDS = ['memo', 'announcement', 'order', 'letter'] as const;
export type DocumentEvidenceKind = (typeof DOCUMENT_EVIDENCE_KINDS)[number];

/** Something an office can publish as OIT evidence, whatever items it is linked to. */
@Entity('oit_evidence')
@Index(['orgId', 'kind', 'documentId'], { unique: true })
@Index(['sha256'])
export class OitEvidence {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @CodeColumn(16)
  kind!: EvidenceKind;

  /** memo or issuance id for documents; null for files and web links. */
  @Column({ type: 'int', nullable: true })
  documentId!: number | null;

  @Column({ type: 'varchar', length: 1000 })
  title!: string;

  /**
   * A secret document's evidence keeps only its number and date: its title is หนังสือลับ and
   * it has no text, file or public URL, so no OIT view or page can show more.
   */
  @CodeColumn(16, { default: 'normal' })
  secrecy!: Secrecy;

  /** Body text of documents, kept for suggestions and for learning from confirmed links. */
  @Column({ type: 'text' })
  body!: string;

  /** "ศธ ๐๔๓๐๕/๑๒๓" or "๑๒๐/๒๕๖๕"; empty for files and web links. */
  @Column({ type: 'varchar', length: 100, default: '' })
  number!: string;

  /** The document's date, or the date the coordinator gives a file or link; drives periods. */
  @TimestampColumn()
  documentDate!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  verifyCode!: string | null;

  /** Where the public reads it: the sealed PDF's URL, or the web link. Files derive theirs. */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contentType!: string | null;

  @Column({ type: 'int', nullable: true })
  size!: number | null;

  @Column({ type: 'int', nullable: true })
  createdByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt!: Date;
}
