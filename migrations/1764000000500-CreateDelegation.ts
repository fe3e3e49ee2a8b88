import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  textColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateDelegation1764000000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'delegation',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('kind', 16),
          intColumn('delegate_user_id'),
          textColumn('document_kinds'),
          timestampColumn('starts_at'),
          timestampColumn('ends_at', true),
          varcharColumn('reference', 255, { default: '' }),
          timestampColumn('revoked_at', true),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id', 'delegate_user_id', 'starts_at'] }],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('delegate_user_id', 'app_user'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('delegation');
  }
}
