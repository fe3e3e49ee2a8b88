import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** An office's e-mail address, given when the platform administrator creates it. */
export class AddOrganizationEmail1768500000000 implements MigrationInterface {
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
