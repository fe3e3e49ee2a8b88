import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A day the office is closed (วันหยุดราชการ): not counted as a working day. */
@Entity('office_holiday')
@Index('UQ_office_holiday_day', ['orgId', 'day'], { unique: true })
export class OfficeHoliday {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  /** ISO day (YYYY-MM-DD) in Bangkok. */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
