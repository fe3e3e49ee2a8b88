import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * The nonce of an account link in progress: made when a signed-in person confirms the link,
 * handed to LINE, and given back in the accountLink event. Only its SHA-256 is kept; it is used
 * once and expires with the link token.
 */
@Entity('line_link_nonce')
@Index('UQ_line_link_nonce_hash', ['nonceHash'], { unique: true })
@Index('IDX_line_link_nonce_user', ['userId'])
export class LineLinkNonce {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 64 })
  nonceHash!: string;

  @TimestampColumn()
  expiresAt!: Date;
}
