import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The reminder sweep reads across all offices every minute: the memos in review, the open tasks,
 * and which of their reminders went out. Without these it scanned every memo, task and reminder
 * ever written (38 s over a million memos); with them each page is an index range.
 */
const INDEXES: Array<[string, TableIndex]> = [
  ['memo', new TableIndex({ name: 'IDX_memo_sweep', columnNames: ['status', 'id'] })],
  ['memo_task', new TableIndex({ name: 'IDX_memo_task_sweep', columnNames: ['state', 'id'] })],
  [
    'reminder',
    new TableIndex({ name: 'IDX_reminder_subject', columnNames: ['subject_type', 'subject_id'] }),
  ],
];

export class AddSweepIndexes1769850000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await q.createIndex(table, index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, index] of [...INDEXES].reverse()) await q.dropIndex(table, index.name!);
  }
}
