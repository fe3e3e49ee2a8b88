import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { textColumn } from './lib/columns';

/** Numbered clauses, committees and a schedule table of an issuance (JSON). */
export class AddStructureToIssuance1769000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('issuance', new TableColumn(textColumn('structure', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('issuance', 'structure');
  }
}
