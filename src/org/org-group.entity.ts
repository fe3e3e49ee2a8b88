import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/** A กลุ่ม/หน่วย of an office, with its head and the deputy who oversees it. */
@Entity('org_group')
@Index(['orgId', 'name'], { unique: true })
export class OrgGroup {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  shortName!: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  phone!: string;

  @Column({ type: 'int', nullable: true })
  headUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'head_user_id' })
  head?: Relation<User> | null;

  @Column({ type: 'int', nullable: true })
  deputyUserId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deputy_user_id' })
  deputy?: Relation<User> | null;
}
