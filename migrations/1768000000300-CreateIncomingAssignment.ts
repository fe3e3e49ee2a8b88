import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  orgColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** Each assigned group's part in a letter, with the group's own receive number. */
export class CreateIncomingAssignment1768000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incoming_assignment',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('letter_id'),
          intColumn('group_id'),
          intColumn('group_year'),
          intColumn('group_receive_number'),
          intColumn('assignee_user_id', true),
          varcharColumn('state', 16),
          varcharColumn('action_note', 1000, { default: '' }),
          intColumn('reply_memo_id', true),
          varcharColumn('reply_doc_number', 64, { nullable: true }),
          timestampColumn('due_at', true),
          timestampColumn('waiting_since'),
          timestampColumn('done_at', true),
        ],
        indices: [
          { columnNames: ['org_id', 'letter_id', 'group_id'], isUnique: true },
          {
            columnNames: ['org_id', 'group_id', 'group_year', 'group_receive_number'],
            isUnique: true,
          },
          { columnNames: ['org_id', 'assignee_user_id', 'state'] },
        ],
        foreignKeys: [
          foreignKey('letter_id', 'incoming_letter'),
          foreignKey('group_id', 'org_group'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incoming_assignment');
  }
}
