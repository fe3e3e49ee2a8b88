import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** The files of an incoming letter (content-addressed, like memo attachments). */
export class CreateIncomingFile1768000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incoming_file',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('letter_id'),
          varcharColumn('file_name', 255),
          varcharColumn('mime_type', 100),
          intColumn('size'),
          varcharColumn('sha256', 64),
          intColumn('uploaded_by_user_id'),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id', 'letter_id'] }],
        foreignKeys: [foreignKey('letter_id', 'incoming_letter')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incoming_file');
  }
}
