import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimestampColumn } from '../database/columns';

/** What a reminder is about: a waiting approval step, a task, or a person (the digest). */
export type ReminderSubject = 'memo_step' | 'task' | 'person';

/**
 * A reminder or escalation that has been sent. Unique per subject, person and stage: the row is
 * written with the notice's outbox event, so however many schedulers run, it goes out once.
 */
@Entity('reminder')
@Index('UQ_reminder_once', ['orgId', 'kind', 'subjectType', 'subjectId', 'userId', 'stage'], {
  unique: true,
})
@Index('IDX_reminder_subject', ['subjectType', 'subjectId'])
export class Reminder {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @CodeColumn(32)
  kind!: string;

  @CodeColumn(16)
  subjectType!: ReminderSubject;

  @Column({ type: 'int' })
  subjectId!: number;

  /** 'before', 'after', 'escalate', or the Bangkok day of a digest. */
  @CodeColumn(16)
  stage!: string;

  @TimestampColumn()
  createdAt!: Date;
}
