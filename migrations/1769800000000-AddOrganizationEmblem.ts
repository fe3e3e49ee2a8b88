import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/** The office's own Garuda, uploaded by its administrator: the SHA-256 of a stored blob. */
export class AddOrganizationEmblem1769800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'organization',
      new TableColumn(varcharColumn('emblem_sha256', 64, { nullable: true })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization', 'emblem_sha256');
  }
}
