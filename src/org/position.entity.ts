import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organization } from './organization.entity';

/** A post as printed under a signature, e.g. "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา…". */
@Entity('position')
@Index(['orgId', 'name'], { unique: true })
export class Position {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: Relation<Organization>;

  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
