import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

/** Account links in progress: the hash of each nonce handed to LINE, single-use and short-lived. */
export class CreateLineLinkNonce1769700000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'line_link_nonce',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('user_id'),
          varcharColumn('nonce_hash', 64),
          timestampColumn('expires_at'),
        ],
        indices: [
          { name: 'UQ_line_link_nonce_hash', columnNames: ['nonce_hash'], isUnique: true },
          { name: 'IDX_line_link_nonce_user', columnNames: ['user_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('line_link_nonce');
  }
}
