import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, timestampColumn, varcharColumn } from './lib/columns';

export class CreateOrganization1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [
          idColumn(),
          varcharColumn('code', 64),
          varcharColumn('name', 255),
          varcharColumn('short_name', 100),
          varcharColumn('book_code', 50),
          varcharColumn('parent_agency', 255, { default: '' }),
          varcharColumn('address', 500, { default: '' }),
          varcharColumn('phone', 50, { default: '' }),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['code'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('organization');
  }
}
