import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

export class CreateNotification1764010001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notification',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('user_id'),
          varcharColumn('kind', 64),
          intColumn('memo_id', true),
          varcharColumn('title', 500),
          timestampColumn('created_at'),
          timestampColumn('read_at', true),
        ],
        indices: [{ columnNames: ['org_id', 'user_id', 'read_at', 'created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification');
  }
}
