import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { intColumnWithDefault, varcharColumn } from './lib/columns';

export class CreateAuditHead1764010000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { name: 'org_id', type: 'int', isPrimary: true },
          intColumnWithDefault('seq', 0),
          varcharColumn('hash', 64),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_head');
  }
}
