import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  booleanColumn,
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateMemoStep1764010000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo_step',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('memo_id'),
          intColumn('round'),
          intColumn('step_order'),
          varcharColumn('role', 16),
          intColumn('assignee_user_id'),
          varcharColumn('capacity', 16),
          intColumn('delegation_id', true),
          booleanColumn('is_final', false),
          varcharColumn('state', 16),
          varcharColumn('note', 1000, { default: '' }),
          timestampColumn('activated_at', true),
          timestampColumn('acted_at', true),
        ],
        indices: [
          { columnNames: ['org_id', 'memo_id', 'round', 'step_order'], isUnique: true },
          { columnNames: ['org_id', 'assignee_user_id'] },
        ],
        foreignKeys: [foreignKey('memo_id', 'memo')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo_step');
  }
}
