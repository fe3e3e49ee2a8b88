import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateMemoAttachment1764010000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo_attachment',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          varcharColumn('file_name', 255),
          varcharColumn('mime_type', 100),
          intColumn('size'),
          varcharColumn('sha256', 64),
          intColumn('uploaded_by_user_id'),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id', 'memo_id'] }],
        foreignKeys: [foreignKey('memo_id', 'memo')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo_attachment');
  }
}
