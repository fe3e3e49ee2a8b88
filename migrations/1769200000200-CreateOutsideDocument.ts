import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** A document made outside Saraban (signed on paper, typed elsewhere) given a register number. */
export class CreateOutsideDocument1769200000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outside_document',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('subject', 500),
          varcharColumn('to_line', 255),
          varcharColumn('document_date', 10),
          varcharColumn('file_name', 255),
          intColumn('size'),
          varcharColumn('sha256', 64),
          intColumn('registered_by_user_id'),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outside_document');
  }
}
