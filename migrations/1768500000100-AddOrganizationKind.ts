import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/**
 * 'office' for every office (all existing rows), 'platform' for the one organisation that hosts
 * the platform administrators, so office lists can leave it out.
 */
export class AddOrganizationKind1768500000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'organization',
      new TableColumn(varcharColumn('kind', 16, { default: 'office' })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization', 'kind');
  }
}
