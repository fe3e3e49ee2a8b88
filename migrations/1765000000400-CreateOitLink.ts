import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateOitLink1765000000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_link',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('fiscal_year'),
          varcharColumn('item_code', 8),
          intColumn('evidence_id'),
          varcharColumn('status', 16),
          { name: 'score', type: 'double', isNullable: false },
          varcharColumn('source', 16),
          intColumn('decided_by_user_id', true),
          timestampColumn('decided_at', true),
          varcharColumn('note', 500, { default: '' }),
          timestampColumn('created_at'),
        ],
        indices: [
          {
            columnNames: ['org_id', 'fiscal_year', 'item_code', 'evidence_id'],
            isUnique: true,
          },
          { columnNames: ['org_id', 'evidence_id'] },
        ],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('evidence_id', 'oit_evidence'),
          foreignKey('decided_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_link');
  }
}
