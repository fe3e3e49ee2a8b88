import { MigrationInterface, QueryRunner, TableForeignKey } from 'typeorm';
import { foreignKey } from './lib/columns';

export class AddOrgGroupLeaders1764000000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createForeignKeys('org_group', [
      new TableForeignKey(foreignKey('head_user_id', 'app_user', 'SET NULL')),
      new TableForeignKey(foreignKey('deputy_user_id', 'app_user', 'SET NULL')),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    const table = await q.getTable('org_group');
    const keys = (table?.foreignKeys ?? []).filter((k) =>
      ['head_user_id', 'deputy_user_id'].includes(k.columnNames[0]),
    );
    await q.dropForeignKeys('org_group', keys);
  }
}
