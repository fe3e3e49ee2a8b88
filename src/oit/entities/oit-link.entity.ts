import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../../database/columns';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';
import { OitEvidence } from './oit-evidence.entity';

export const LINK_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
/** suggested: by the suggester (possibly auto-confirmed); manual: linked by the coordinator. */
export const LINK_SOURCES = ['suggested', 'manual'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/** "This evidence counts for item X of fiscal year Y", with who decided and when. */
@Entity('oit_link')
@Index(['orgId', 'fiscalYear', 'itemCode', 'evidenceId'], { unique: true })
@Index(['orgId', 'evidenceId'])
export class OitLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  @CodeColumn(8)
  itemCode!: string;

  @Column({ type: 'int' })
  evidenceId!: number;

  @ManyToOne(() => OitEvidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Relation<OitEvidence>;

  @CodeColumn(16)
  status!: LinkStatus;

  /** The suggester's score in [0, 1] when proposed; 1 for manual links. */
  @Column({ type: 'double' })
  score!: number;

  @CodeColumn(16)
  source!: LinkSource;

  /** Null with a decision time: confirmed automatically at or above OIT_AUTO_CONFIRM_SCORE. */
  @Column({ type: 'int', nullable: true })
  decidedByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: Relation<User> | null;

  @TimestampColumn({ nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @TimestampColumn()
  createdAt!: Date;
}
