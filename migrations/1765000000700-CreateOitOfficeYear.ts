import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateOitOfficeYear1765000000700 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_office_year',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('fiscal_year'),
          { name: 'iit', type: 'double', isNullable: true },
          { name: 'eit', type: 'double', isNullable: true },
          timestampColumn('submitted_at', true),
          intColumn('submitted_by_user_id', true),
          varcharColumn('snapshot_sha256', 64, { nullable: true }),
          timestampColumn('updated_at', true),
        ],
        indices: [{ columnNames: ['org_id', 'fiscal_year'], isUnique: true }],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('submitted_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_office_year');
  }
}
