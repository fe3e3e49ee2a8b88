import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  booleanColumn,
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  textColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateAppUser1764000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'app_user',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('username', 64),
          varcharColumn('password_hash', 255),
          varcharColumn('title_prefix', 50, { default: '' }),
          varcharColumn('first_name', 100),
          varcharColumn('last_name', 100),
          intColumn('position_id', true),
          intColumn('group_id', true),
          textColumn('roles'),
          varcharColumn('email', 255, { nullable: true }),
          booleanColumn('active', true),
          timestampColumn('created_at'),
        ],
        indices: [
          { columnNames: ['username'], isUnique: true },
          { columnNames: ['org_id', 'active'] },
        ],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('position_id', 'position', 'SET NULL'),
          foreignKey('group_id', 'org_group', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('app_user');
  }
}
