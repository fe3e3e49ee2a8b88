import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varcharColumn } from './lib/columns';

/**
 * The hash of what the sealed PDF prints (names, positions, dates, endorsements), stored as a
 * blob by the approval's transaction, so a late or repeated render prints the same document.
 */
export class AddSealSnapshot1767000000600 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'sealed_document',
      new TableColumn(varcharColumn('snapshot_sha256', 64, { nullable: true })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sealed_document', 'snapshot_sha256');
  }
}
