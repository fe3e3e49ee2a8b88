import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TimestampColumn } from '../database/columns';
import { Organization } from './organization.entity';
import { OrgGroup } from './org-group.entity';
import { Position } from './position.entity';
import type { Role } from '../common/auth/roles';

@Entity('app_user')
@Index(['orgId', 'active'])
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  /** Unique across the deployment so that sign-in needs no office picker. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  /** นาย, นาง, นางสาว, ดร. … */
  @Column({ type: 'varchar', length: 50, default: '' })
  titlePrefix!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'int', nullable: true })
  positionId!: number | null;

  @ManyToOne(() => Position, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'position_id' })
  position?: Relation<Position> | null;

  @Column({ type: 'int', nullable: true })
  groupId!: number | null;

  @ManyToOne(() => OrgGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<OrgGroup> | null;

  @Column({ type: 'simple-array' })
  roles!: Role[];

  @Column({ type: 'varchar', length: 255, nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', width: 1, default: true })
  active!: boolean;

  /** Raised to end every session of the user (sign-out, a new password); tokens carry it. */
  @Column({ type: 'int', default: 0 })
  sessionVersion!: number;

  @TimestampColumn()
  createdAt!: Date;
}

/** "นางสาวสุดา ใจดี": Thai names join the title prefix without a space. */
export const fullName = (u: Pick<User, 'titlePrefix' | 'firstName' | 'lastName'>): string =>
  `${u.titlePrefix}${u.firstName} ${u.lastName}`;
