import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** The document's secrecy, copied at registration so views can hide secret entries. */
export class AddSecrecyToOitEvidence1767000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'oit_evidence',
      new TableColumn(varcharColumn('secrecy', 16, { default: 'normal' })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('oit_evidence', 'secrecy');
  }
}
