import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateOitRule1765000000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_rule',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('item_code', 8),
          varcharColumn('kind', 16),
          varcharColumn('pattern', 200),
          intColumn('created_by_user_id', true),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id', 'item_code'] }],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('created_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_rule');
  }
}
