import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { intColumn } from './lib/columns';

/** The incoming letter a memo answers (its อ้างถึง); its approval closes the assignment. */
export class AddInReplyToMemo1768000000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('memo', new TableColumn(intColumn('in_reply_to', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('memo', 'in_reply_to');
  }
}
