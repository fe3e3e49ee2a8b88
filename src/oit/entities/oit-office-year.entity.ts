import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TimestampColumn } from '../../database/columns';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';

/** An office's OIT year: survey results entered by the coordinator, and the frozen submission. */
@Entity('oit_office_year')
@Index(['orgId', 'fiscalYear'], { unique: true })
export class OitOfficeYear {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  /** IIT weighted points (of 30), from the internal survey. */
  @Column({ type: 'double', nullable: true })
  iit!: number | null;

  /** EIT weighted points (of 30), from the external survey. */
  @Column({ type: 'double', nullable: true })
  eit!: number | null;

  @TimestampColumn({ nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  submittedByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_user_id' })
  submittedBy?: Relation<User> | null;

  /** The frozen snapshot (JSON) lives in the content-addressed blob store under this hash. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  snapshotSha256!: string | null;

  @TimestampColumn({ nullable: true })
  updatedAt!: Date | null;
}
