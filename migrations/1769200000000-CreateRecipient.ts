import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { booleanColumn, idColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** The office's directory of schools and outside agencies that letters are e-mailed to. */
export class CreateRecipient1769200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'recipient',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('name', 255),
          varcharColumn('email', 254),
          varcharColumn('kind', 16),
          varcharColumn('code', 32, { default: '' }),
          booleanColumn('active', true),
          timestampColumn('created_at'),
          timestampColumn('updated_at'),
        ],
        indices: [
          { columnNames: ['org_id', 'email'], isUnique: true },
          { columnNames: ['org_id', 'kind', 'active'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('recipient');
  }
}
