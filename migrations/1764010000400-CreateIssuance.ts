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

export class CreateIssuance1764010000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'issuance',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          varcharColumn('kind', 16),
          varcharColumn('subject', 500),
          textColumn('paragraphs'),
          varcharColumn('status', 16),
          varcharColumn('number', 64, { nullable: true }),
          timestampColumn('issued_at', true),
          intColumn('signer_user_id', true),
          varcharColumn('signer_capacity', 16, { nullable: true }),
        ],
        indices: [
          { columnNames: ['org_id', 'memo_id'], isUnique: true },
          { columnNames: ['org_id', 'kind', 'issued_at'] },
        ],
        foreignKeys: [foreignKey('memo_id', 'memo')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('issuance');
  }
}
