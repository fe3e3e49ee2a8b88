import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** Tasks an approved memo assigns to a group or a person, with their due time and done note. */
export class CreateMemoTask1769300000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo_task',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          intColumn('task_index'),
          intColumn('group_id', true),
          intColumn('user_id', true),
          varcharColumn('task', 1000),
          timestampColumn('due_at'),
          varcharColumn('state', 16),
          varcharColumn('done_note', 2000, { default: '' }),
          timestampColumn('done_at', true),
          intColumn('done_by_user_id', true),
          timestampColumn('created_at'),
        ],
        indices: [
          { columnNames: ['memo_id', 'task_index'], isUnique: true },
          { columnNames: ['org_id', 'group_id', 'state'] },
          { columnNames: ['org_id', 'user_id', 'state'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo_task');
  }
}
