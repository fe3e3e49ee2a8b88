import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** The office's central e-mail (saraban@…), printed at the foot of its letters. */
export class AddEmailToOrganization1769000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'organization',
      new TableColumn(varcharColumn('email', 255, { default: '' })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization', 'email');
  }
}
