import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

export const RECIPIENT_KINDS = ['school', 'agency'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A school or outside agency of the office's directory; letters are e-mailed to it. */
@Entity('recipient')
@Index(['orgId', 'email'], { unique: true })
@Index(['orgId', 'kind', 'active'])
export class Recipient {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** Stored lower-case: one address is one recipient per office. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @CodeColumn(16)
  kind!: RecipientKind;

  /** The school's or agency's own code (รหัสโรงเรียน), when the office keeps one. */
  @Column({ type: 'varchar', length: 32, default: '' })
  code!: string;

  @Column({ type: 'boolean', width: 1, default: true })
  active!: boolean;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
