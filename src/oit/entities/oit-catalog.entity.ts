import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TimestampColumn } from '../../database/columns';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';

/**
 * The list of OIT items of one fiscal year. `orgId` null is the national list shipped with
 * Saraban (loaded by migration); an office's coordinator may load its own list for a year, which
 * then replaces the national one for that office only.
 */
@Entity('oit_catalog')
@Index(['orgId', 'fiscalYear'], { unique: true })
export class OitCatalog {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', nullable: true })
  orgId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization> | null;

  /** Buddhist-era fiscal year the list was published for. */
  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'int', nullable: true })
  loadedByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'loaded_by_user_id' })
  loadedBy?: Relation<User> | null;

  @TimestampColumn()
  loadedAt!: Date;
}
