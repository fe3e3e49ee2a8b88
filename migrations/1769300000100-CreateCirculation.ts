import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** One row per approved memo that was circulated: to whom, and when its author last reminded. */
export class CreateCirculation1769300000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'circulation',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          varcharColumn('audience', 16),
          timestampColumn('created_at'),
          timestampColumn('reminded_at', true),
        ],
        indices: [{ columnNames: ['memo_id'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('circulation');
  }
}
