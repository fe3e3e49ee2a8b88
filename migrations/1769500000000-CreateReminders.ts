import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import {
  idColumn,
  intColumn,
  orgColumn,
  smallintColumnWithDefault,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/**
 * Reminders and escalations (issue 20): one row per reminder sent, unique per what it is about
 * and its stage, so a reminder goes out once however many instances run the scheduler; the
 * office's holidays; and after how many working days a waiting step is escalated.
 */
export class CreateReminders1769500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reminder',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('user_id'),
          varcharColumn('kind', 32),
          varcharColumn('subject_type', 16),
          intColumn('subject_id'),
          varcharColumn('stage', 16),
          timestampColumn('created_at'),
        ],
        indices: [
          {
            name: 'UQ_reminder_once',
            columnNames: ['org_id', 'kind', 'subject_type', 'subject_id', 'user_id', 'stage'],
            isUnique: true,
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'office_holiday',
        columns: [idColumn(), orgColumn(), varcharColumn('day', 10), varcharColumn('name', 255)],
        indices: [
          { name: 'UQ_office_holiday_day', columnNames: ['org_id', 'day'], isUnique: true },
        ],
      }),
    );
    await q.addColumn(
      'organization',
      new TableColumn(smallintColumnWithDefault('escalate_after_days', 3)),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization', 'escalate_after_days');
    await q.dropTable('office_holiday');
    await q.dropTable('reminder');
  }
}
