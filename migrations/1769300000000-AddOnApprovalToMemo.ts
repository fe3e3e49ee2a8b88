import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { textColumn } from './lib/columns';

/** What a memo asks for once approved (JSON: circulate, tasks), as the author named it. */
export class AddOnApprovalToMemo1769300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('memo', new TableColumn(textColumn('on_approval', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('memo', 'on_approval');
  }
}
