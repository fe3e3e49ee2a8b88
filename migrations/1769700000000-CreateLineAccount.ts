import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** A person's linked LINE account (issue 20): one per person, one person per LINE account. */
export class CreateLineAccount1769700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'line_account',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('user_id'),
          varcharColumn('line_user_id', 64),
          timestampColumn('linked_at'),
        ],
        indices: [
          { name: 'UQ_line_account_user', columnNames: ['user_id'], isUnique: true },
          { name: 'UQ_line_account_line_user', columnNames: ['line_user_id'], isUnique: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('line_account');
  }
}
