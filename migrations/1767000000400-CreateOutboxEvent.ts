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

/** The transactional outbox: events written with the change that caused them. */
export class CreateOutboxEvent1767000000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox_event',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('topic', 64),
          varcharColumn('aggregate_type', 32),
          intColumn('aggregate_id'),
          textColumn('payload'),
          timestampColumn('created_at'),
          timestampColumn('completed_at', true),
        ],
        indices: [
          { columnNames: ['completed_at', 'id'] },
          { columnNames: ['aggregate_type', 'aggregate_id'] },
        ],
        foreignKeys: [foreignKey('org_id', 'organization')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outbox_event');
  }
}
