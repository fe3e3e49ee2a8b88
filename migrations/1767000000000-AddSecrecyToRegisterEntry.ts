import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** The document's secrecy, copied at registration so views can hide secret entries. */
export class AddSecrecyToRegisterEntry1767000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'register_entry',
      new TableColumn(varcharColumn('secrecy', 16, { default: 'normal' })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('register_entry', 'secrecy');
  }
}
