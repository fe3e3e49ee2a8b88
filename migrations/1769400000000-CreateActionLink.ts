import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** One-tap approval links e-mailed to the next approver: only the token's SHA-256 is kept. */
export class CreateActionLink1769400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'action_link',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('user_id'),
          intColumn('memo_id'),
          intColumn('step_id'),
          intColumn('memo_version'),
          varcharColumn('token_hash', 64),
          varcharColumn('action', 16),
          timestampColumn('expires_at'),
          timestampColumn('used_at', true),
          timestampColumn('created_at'),
        ],
        indices: [
          { columnNames: ['token_hash'], isUnique: true },
          { columnNames: ['step_id', 'user_id'], isUnique: true },
          { columnNames: ['org_id', 'memo_id'] },
        ],
        foreignKeys: [foreignKey('user_id', 'app_user'), foreignKey('step_id', 'memo_step')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('action_link');
  }
}
