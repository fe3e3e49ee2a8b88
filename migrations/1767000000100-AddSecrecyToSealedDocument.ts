import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** The document's secrecy, copied at registration so views can hide secret entries. */
export class AddSecrecyToSealedDocument1767000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'sealed_document',
      new TableColumn(varcharColumn('secrecy', 16, { default: 'normal' })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sealed_document', 'secrecy');
  }
}
