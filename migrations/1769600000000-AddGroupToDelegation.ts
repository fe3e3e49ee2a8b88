import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey } from 'typeorm';
import { foreignKey, intColumn } from './lib/columns';

/**
 * An acting group head (issue 20): a delegation of kind 'acting' scoped to one group's head
 * post. Existing delegations keep a null group: they are the director's.
 */
export class AddGroupToDelegation1769600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('delegation', new TableColumn(intColumn('group_id', true)));
    await q.createForeignKey(
      'delegation',
      new TableForeignKey(foreignKey('group_id', 'org_group')),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const table = await q.getTable('delegation');
    const key = table?.foreignKeys.find((k) => k.columnNames[0] === 'group_id');
    if (key) await q.dropForeignKey('delegation', key);
    await q.dropColumn('delegation', 'group_id');
  }
}
