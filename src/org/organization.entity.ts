import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

/** An office, or the one organisation that hosts the platform's administrators. */
export const ORGANIZATION_KINDS = ['office', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** An office (e.g. สพม.นครพนม). Every office-owned row carries its id. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn()
  id!: number;

  /** URL-safe handle used in public pages, e.g. `spm-nakhonphanom`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  shortName!: string;

  /** Prefix of outgoing numbers, e.g. `ศธ ๐๔๓๐๕`. */
  @Column({ type: 'varchar', length: 50 })
  bookCode!: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  parentAgency!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  address!: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  phone!: string;

  /** The central e-mail (saraban@…), printed at the foot of letters. */
  @Column({ type: 'varchar', length: 255, default: '' })
  email!: string;

  /** 'platform' hosts the platform administrators: it has no documents and is no office. */
  @CodeColumn(16, { default: 'office' })
  kind!: OrganizationKind;

  /** A deactivated office's people cannot sign in, and their tokens are refused. */
  @Column({ type: 'boolean', width: 1, default: true })
  active!: boolean;

  /** A step waiting this many working days is escalated to the overseeing deputy. */
  @Column({ type: 'smallint', default: 3 })
  escalateAfterDays!: number;

  /**
   * The office's own Garuda (ตราครุฑ), a blob its administrator uploaded; null prints the
   * server's default (EMBLEM_FILE, else the placeholder).
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  emblemSha256!: string | null;

  @TimestampColumn()
  createdAt!: Date;
}
