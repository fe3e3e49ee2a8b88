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

export class CreateOitEvidence1765000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oit_evidence',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('kind', 16),
          intColumn('document_id', true),
          varcharColumn('title', 1000),
          textColumn('body'),
          varcharColumn('number', 100, { default: '' }),
          timestampColumn('document_date'),
          varcharColumn('sha256', 64, { nullable: true }),
          varcharColumn('verify_code', 64, { nullable: true }),
          varcharColumn('url', 2048, { nullable: true }),
          varcharColumn('file_name', 255, { nullable: true }),
          varcharColumn('content_type', 100, { nullable: true }),
          intColumn('size', true),
          intColumn('created_by_user_id', true),
          timestampColumn('created_at'),
        ],
        indices: [
          { columnNames: ['org_id', 'kind', 'document_id'], isUnique: true },
          { columnNames: ['sha256'] },
        ],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('created_by_user_id', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oit_evidence');
  }
}
