import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateOitAssignment1765000000600 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_assignment',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('item_code', 8),
          intColumn('group_id'),
          intColumn('updated_by_user_id', true),
          timestampColumn('updated_at'),
        ],
        indices: [{ columnNames: ['org_id', 'item_code'], isUnique: true }],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('group_id', 'org_group', 'CASCADE'),
          foreignKey('updated_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_assignment');
  }
}
