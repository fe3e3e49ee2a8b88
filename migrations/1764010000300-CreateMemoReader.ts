import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, idColumn, intColumn, orgColumn } from './lib/columns';

export class CreateMemoReader1764010000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo_reader',
        columns: [idColumn(), orgColumn(), intColumn('memo_id'), intColumn('user_id')],
        indices: [
          { columnNames: ['org_id', 'memo_id', 'user_id'], isUnique: true },
          { columnNames: ['org_id', 'user_id'] },
        ],
        foreignKeys: [foreignKey('memo_id', 'memo')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo_reader');
  }
}
