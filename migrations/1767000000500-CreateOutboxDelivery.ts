import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  intColumnWithDefault,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** Each consumer's handling of each outbox event; the unique key makes effects happen once. */
export class CreateOutboxDelivery1767000000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox_delivery',
        columns: [
          idColumn(),
          intColumn('event_id'),
          varcharColumn('consumer', 64),
          varcharColumn('state', 16),
          intColumnWithDefault('attempts', 0),
          varcharColumn('last_error', 1000, { default: '' }),
          timestampColumn('next_attempt_at', true),
          timestampColumn('updated_at'),
        ],
        indices: [
          { columnNames: ['event_id', 'consumer'], isUnique: true },
          { columnNames: ['state', 'next_attempt_at'] },
        ],
        foreignKeys: [foreignKey('event_id', 'outbox_event', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outbox_delivery');
  }
}
