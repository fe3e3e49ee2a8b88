import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  idColumn,
  intColumn,
  orgColumn,
  textColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateAuditEvent1764010000800 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('seq'),
          timestampColumn('at'),
          intColumn('actor_user_id', true),
          varcharColumn('ip', 64, { default: '' }),
          varcharColumn('action', 64),
          varcharColumn('entity_type', 32),
          intColumn('entity_id'),
          intColumn('before_version', true),
          intColumn('after_version', true),
          textColumn('data'),
          varcharColumn('prev_hash', 64),
          varcharColumn('hash', 64),
        ],
        indices: [
          { columnNames: ['org_id', 'seq'], isUnique: true },
          { columnNames: ['org_id', 'entity_type', 'entity_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_event');
  }
}
