import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  idColumn,
  intColumn,
  intColumnWithDefault,
  orgColumn,
  smallintColumnWithDefault,
  textColumn,
  timestampColumn,
  varcharColumn,
} from './lib/columns';

/** หนังสือรับ: letters from outside, numbered per office and Buddhist-era year. */
export class CreateIncomingLetter1768000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incoming_letter',
        columns: [
          idColumn(),
          orgColumn(),
          intColumn('year'),
          intColumn('receive_number'),
          varcharColumn('from_agency', 255),
          varcharColumn('their_number', 100),
          varcharColumn('their_date', 10),
          varcharColumn('subject', 500),
          varcharColumn('to_line', 255, { default: '' }),
          varcharColumn('urgency', 16),
          smallintColumnWithDefault('urgency_rank', 0),
          varcharColumn('secrecy', 16),
          varcharColumn('status', 16),
          intColumnWithDefault('version', 1),
          intColumn('received_by_user_id'),
          timestampColumn('received_at'),
          intColumn('waiting_on_user_id', true),
          timestampColumn('waiting_since', true),
          timestampColumn('due_at', true),
          textColumn('search_text'),
          timestampColumn('updated_at'),
        ],
        indices: [
          { columnNames: ['org_id', 'year', 'receive_number'], isUnique: true },
          { columnNames: ['org_id', 'waiting_on_user_id', 'status'] },
          { columnNames: ['org_id', 'received_at'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incoming_letter');
  }
}
