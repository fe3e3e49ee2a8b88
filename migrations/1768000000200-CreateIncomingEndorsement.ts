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

/** A letter's path: the registry desk's forwards and the executives' orders (เกษียน). */
export class CreateIncomingEndorsement1768000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incoming_endorsement',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('letter_id'),
          varcharColumn('kind', 16),
          intColumn('by_user_id'),
          varcharColumn('note', 1000, { default: '' }),
          textColumn('assigned_group_ids'),
          timestampColumn('due_at', true),
          intColumn('forward_to_user_id', true),
          timestampColumn('created_at'),
        ],
        indices: [{ columnNames: ['org_id', 'letter_id'] }],
        foreignKeys: [foreignKey('letter_id', 'incoming_letter')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incoming_endorsement');
  }
}
