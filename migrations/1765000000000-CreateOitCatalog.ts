import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, idColumn, intColumn, timestampColumn } from './lib/columns';

/** org_id null: the national list; set: an office's own list for a year. */
export class CreateOitCatalog1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_catalog',
        columns: [
          idColumn(),
          intColumn('org_id', true),
          intColumn('fiscal_year'),
          intColumn('loaded_by_user_id', true),
          timestampColumn('loaded_at'),
        ],
        indices: [{ columnNames: ['org_id', 'fiscal_year'], isUnique: true }],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('loaded_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_catalog');
  }
}
