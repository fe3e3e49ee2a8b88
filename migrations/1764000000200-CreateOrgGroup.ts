import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, idColumn, intColumn, orgColumn, varcharColumn } from './lib/columns';

/** The head and deputy foreign keys are added with app_user, which does not exist yet. */
export class CreateOrgGroup1764000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'org_group',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('name', 255),
          varcharColumn('short_name', 100, { default: '' }),
          varcharColumn('phone', 50, { default: '' }),
          intColumn('head_user_id', true),
          intColumn('deputy_user_id', true),
        ],
        indices: [{ columnNames: ['org_id', 'name'], isUnique: true }],
        foreignKeys: [foreignKey('org_id', 'organization')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('org_group');
  }
}
