import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { booleanColumn } from './lib/columns';

/** Deactivating an office stops its people signing in; every existing office stays active. */
export class AddOrganizationActive1768500000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('organization', new TableColumn(booleanColumn('active', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization', 'active');
  }
}
