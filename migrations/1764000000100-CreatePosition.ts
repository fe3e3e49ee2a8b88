import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, idColumn, orgColumn, varcharColumn } from './lib/columns';

export class CreatePosition1764000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'position',
        columns: [idColumn(), orgColumn(), varcharColumn('name', 255)],
        indices: [{ columnNames: ['org_id', 'name'], isUnique: true }],
        foreignKeys: [foreignKey('org_id', 'organization')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('position');
  }
}
