import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The tip of an office's audit chain; its row lock serialises appends per office. */
@Entity('audit_head')
export class AuditHead {
  @PrimaryColumn({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int', default: 0 })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
