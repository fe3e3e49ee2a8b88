import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../../database/columns';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';

/** Paperless-ngx's matching algorithms, less "fuzzy"; regular expressions run on RE2 (linear). */
export const RULE_KINDS = ['any', 'all', 'exact', 'regex'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A coordinator's rule: documents matching `pattern` are evidence for item `itemCode`. */
@Entity('oit_rule')
@Index(['orgId', 'itemCode'])
export class OitRule {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @CodeColumn(8)
  itemCode!: string;

  @CodeColumn(16)
  kind!: RuleKind;

  @Column({ type: 'varchar', length: 200 })
  pattern!: string;

  @Column({ type: 'int', nullable: true })
  createdByUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt!: Date;
}
