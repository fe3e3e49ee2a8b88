import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import { OrgGroup } from './org-group.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/**
 * ปฏิบัติราชการแทน (on_behalf: signs under delegated authority) or รักษาราชการแทน (acting). An
 * acting delegation with a group is an acting group head (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม…).
 */
export const DELEGATION_KINDS = ['on_behalf', 'acting'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

export const DOCUMENT_KINDS = ['memo', 'announcement', 'order', 'letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

@Entity('delegation')
@Index(['orgId', 'delegateUserId', 'startsAt'])
export class Delegation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @CodeColumn(16)
  kind!: DelegationKind;

  /** Who signs for the director, or acts as the group's head. */
  @Column({ type: 'int' })
  delegateUserId!: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegate_user_id' })
  delegate?: Relation<User>;

  /** The group whose head's post is delegated (kind 'acting' only); null: the director's post. */
  @Column({ type: 'int', nullable: true })
  groupId!: number | null;

  @ManyToOne(() => OrgGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<OrgGroup> | null;

  /** Kinds of documents the delegation covers (for on_behalf); acting covers all. */
  @Column({ type: 'simple-array' })
  documentKinds!: DocumentKind[];

  @TimestampColumn()
  startsAt!: Date;

  @TimestampColumn({ nullable: true })
  endsAt!: Date | null;

  /** The written instrument, e.g. "คำสั่ง สพม.นครพนม ที่ ๑๒/๒๕๖๕". */
  @Column({ type: 'varchar', length: 255, default: '' })
  reference!: string;

  @TimestampColumn({ nullable: true })
  revokedAt!: Date | null;

  @TimestampColumn()
  createdAt!: Date;
}
