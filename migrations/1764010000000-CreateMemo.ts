import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  intColumn,
  intColumnWithDefault,
  orgColumn,
  smallintColumnWithDefault,
  textColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

export class CreateMemo1764010000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('author_user_id'),
          intColumn('group_id', true),
          varcharColumn('department', 500),
          varcharColumn('phone', 50, { default: '' }),
          varcharColumn('subject', 500),
          varcharColumn('to_line', 255),
          textColumn('paragraphs'),
          varcharColumn('closing', 500, { default: '' }),
          textColumn('doc_references'),
          varcharColumn('urgency', 16),
          smallintColumnWithDefault('urgency_rank', 0),
          timestampColumn('urgent_by', true),
          varcharColumn('secrecy', 16),
          varcharColumn('status', 16),
          intColumnWithDefault('version', 1),
          intColumnWithDefault('round', 0),
          intColumn('current_step_order', true),
          intColumn('current_assignee_user_id', true),
          timestampColumn('submitted_at', true),
          varcharColumn('doc_number', 64, { nullable: true }),
          timestampColumn('registered_at', true),
          textColumn('search_text'),
          timestampColumn('created_at'),
          timestampColumn('updated_at'),
        ],
        indices: [
          {
            columnNames: [
              'org_id',
              'current_assignee_user_id',
              'status',
              'urgency_rank',
              'submitted_at',
            ],
          },
          { columnNames: ['org_id', 'author_user_id', 'status', 'updated_at'] },
          { columnNames: ['org_id', 'status', 'registered_at'] },
        ],
        foreignKeys: [
          foreignKey('org_id', 'organization'),
          foreignKey('author_user_id', 'app_user'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo');
  }
}
