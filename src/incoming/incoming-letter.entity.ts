import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';
import type { Secrecy, Urgency } from '../memo/memo.enums';
import type { IncomingStatus } from './incoming.enums';

/** A letter received from outside (หนังสือรับ), numbered in the office's incoming register. */
@Entity('incoming_letter')
@Index(['orgId', 'year', 'receiveNumber'], { unique: true })
@Index(['orgId', 'waitingOnUserId', 'status'])
@Index(['orgId', 'receivedAt'])
export class IncomingLetter {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  /** Buddhist-era calendar year (Bangkok) of the receipt. */
  @Column({ type: 'int' })
  year!: number;

  /** เลขรับ: consecutive per office and year, from the locked register counter. */
  @Column({ type: 'int' })
  receiveNumber!: number;

  /** จาก: the sending agency. */
  @Column({ type: 'varchar', length: 255 })
  fromAgency!: string;

  /** ที่: the sender's own number, e.g. ศธ ๐๔๐๐๖/ว ๑๒๓. */
  @Column({ type: 'varchar', length: 100 })
  theirNumber!: string;

  /** ลงวันที่: the sender's date, YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  theirDate!: string;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** ถึง / เรียน. */
  @Column({ type: 'varchar', length: 255, default: '' })
  toLine!: string;

  @CodeColumn(16)
  urgency!: Urgency;

  /** 0 normal … 3 ด่วนที่สุด, for ordering the inbox. */
  @Column({ type: 'smallint', default: 0 })
  urgencyRank!: number;

  @CodeColumn(16)
  secrecy!: Secrecy;

  @CodeColumn(16)
  status!: IncomingStatus;

  /** Bumped by every change; actions name the version they saw. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'int' })
  receivedByUserId!: number;

  @TimestampColumn()
  receivedAt!: Date;

  /** The executive the letter waits on (after a forward), so the inbox is one indexed range. */
  @Column({ type: 'int', nullable: true })
  waitingOnUserId!: number | null;

  @TimestampColumn({ nullable: true })
  waitingSince!: Date | null;

  /** The due date the executive set. */
  @TimestampColumn({ nullable: true })
  dueAt!: Date | null;

  /** Words of the subject, agency and numbers, for Thai search. */
  @Column({ type: 'text' })
  searchText!: string;

  @TimestampColumn()
  updatedAt!: Date;
}
