import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  idColumn,
  intColumn,
  intColumnWithDefault,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** One row per recipient of an issued document: how it was sent and when it was received. */
export class CreateDispatch1769200000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'dispatch',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          varcharColumn('document_type', 16),
          intColumn('document_id'),
          varcharColumn('channel', 16),
          intColumn('recipient_id', true),
          intColumn('group_id', true),
          varcharColumn('recipient_name', 255),
          varcharColumn('recipient_email', 254, { default: '' }),
          varcharColumn('token_hash', 64, { nullable: true }),
          varcharColumn('state', 16),
          intColumnWithDefault('send_count', 0),
          timestampColumn('created_at'),
          timestampColumn('mailed_at', true),
          timestampColumn('received_at', true),
        ],
        indices: [
          { columnNames: ['org_id', 'memo_id'] },
          { columnNames: ['org_id', 'document_type', 'document_id'] },
          { columnNames: ['token_hash'], isUnique: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('dispatch');
  }
}
