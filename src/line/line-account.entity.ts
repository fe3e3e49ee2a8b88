import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * A person's linked LINE account (the Messaging API's user ID for the office's Official
 * Account). One each way: a person has at most one, and a LINE account serves one person.
 */
@Entity('line_account')
@Index('UQ_line_account_user', ['userId'], { unique: true })
@Index('UQ_line_account_line_user', ['lineUserId'], { unique: true })
export class LineAccount {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** "U" and 32 hex digits, as LINE gives it in webhook events. */
  @Column({ type: 'varchar', length: 64 })
  lineUserId!: string;

  @TimestampColumn()
  linkedAt!: Date;
}
