import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, intColumnWithDefault, orgColumn, varcharColumn } from './lib/columns';

export class CreateRegisterCounter1764010000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'register_counter',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('register', 16),
          intColumn('year'),
          intColumnWithDefault('last_number', 0),
        ],
        indices: [{ columnNames: ['org_id', 'register', 'year'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('register_counter');
  }
}
