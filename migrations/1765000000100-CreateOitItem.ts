import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, idColumn, intColumn, textColumn, varcharColumn } from './lib/columns';

export class CreateOitItem1765000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_item',
        columns: [
          idColumn(),
          intColumn('catalog_id'),
          varcharColumn('code', 8),
          intColumn('sort_order'),
          varcharColumn('indicator', 8),
          varcharColumn('subindicator', 8),
          varcharColumn('subindicator_name', 255),
          varcharColumn('name', 500),
          varcharColumn('group_name', 255),
          textColumn('evidence_text'),
          varcharColumn('period', 24),
          varcharColumn('period_window', 255),
          varcharColumn('head_approval', 16),
          varcharColumn('answer_format', 16),
          varcharColumn('scoring', 32),
          textColumn('previous_codes'),
          varcharColumn('change_kind', 16, { nullable: true }),
        ],
        indices: [{ columnNames: ['catalog_id', 'code'], isUnique: true }],
        foreignKeys: [foreignKey('catalog_id', 'oit_catalog', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_item');
  }
}
