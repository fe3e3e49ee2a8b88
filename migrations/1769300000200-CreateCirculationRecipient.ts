import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn } from './lib/columns';

/** One row per person a memo was circulated to; read_at is set once, when they acknowledge. */
export class CreateCirculationRecipient1769300000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'circulation_recipient',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          intColumn('user_id'),
          timestampColumn('created_at'),
          timestampColumn('read_at', true),
        ],
        indices: [
          { columnNames: ['memo_id', 'user_id'], isUnique: true },
          { columnNames: ['org_id', 'user_id', 'read_at'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('circulation_recipient');
  }
}
