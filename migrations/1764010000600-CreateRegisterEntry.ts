import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

export class CreateRegisterEntry1764010000600 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'register_entry',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('register', 16),
          intColumn('year'),
          intColumn('seq'),
          varcharColumn('number_text', 64),
          varcharColumn('document_type', 16),
          intColumn('document_id'),
          varcharColumn('subject', 500),
          timestampColumn('registered_at'),
          intColumn('registered_by_user_id'),
          timestampColumn('cancelled_at', true),
          varcharColumn('cancel_reason', 500, { default: '' }),
        ],
        indices: [
          { columnNames: ['org_id', 'register', 'year', 'seq'], isUnique: true },
          { columnNames: ['org_id', 'document_type', 'document_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('register_entry');
  }
}
