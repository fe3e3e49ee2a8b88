import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';
import type { CounterKey } from './register';

/** The last number issued in one register for one year; updated under a row lock. */
@Entity('register_counter')
@Index(['orgId', 'register', 'year'], { unique: true })
export class RegisterCounter {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @CodeColumn(16)
  register!: CounterKey;

  /** Buddhist-era calendar year. */
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int', default: 0 })
  lastNumber!: number;
}
