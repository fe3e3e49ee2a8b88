import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../../database/columns';
import { OrgGroup } from '../../org/org-group.entity';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';

/**
 * Which group is responsible for an item's evidence. Kept by item code across years, so that
 * the duty survives a change of staff (the reason evidence went missing in the first place).
 */
@Entity('oit_assignment')
@Index(['orgId', 'itemCode'], { unique: true })
export class OitAssignment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @CodeColumn(8)
  itemCode!: string;

  @Column({ type: 'int' })
  groupId!: number;

  @ManyToOne(() => OrgGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<OrgGroup>;

  @Column({ type: 'int', nullable: true })
  updatedByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id' })
  updatedBy?: Relation<User> | null;

  @TimestampColumn()
  updatedAt!: Date;
}
