import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { textColumn } from './lib/columns';

/** Whom a letter is sent to, as the author named them (JSON: schools, recipientIds, groupIds). */
export class AddRecipientsToIssuance1769000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('issuance', new TableColumn(textColumn('recipients', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('issuance', 'recipients');
  }
}
