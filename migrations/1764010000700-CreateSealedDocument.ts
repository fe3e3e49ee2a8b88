import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, orgColumn, timestampColumn, varcharColumn } from './lib/columns';

export class CreateSealedDocument1764010000700 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sealed_document',
        columns: [
          idColumn(),
          orgColumn(),
          varcharColumn('document_type', 16),
          intColumn('document_id'),
          varcharColumn('verify_code', 16),
          varcharColumn('number_text', 64),
          varcharColumn('subject', 500),
          varcharColumn('signer_name', 255),
          varcharColumn('signer_position', 500),
          timestampColumn('signed_at'),
          varcharColumn('sha256', 64, { nullable: true }),
          intColumn('size', true),
        ],
        indices: [
          { columnNames: ['verify_code'], isUnique: true },
          { columnNames: ['org_id', 'document_type', 'document_id'], isUnique: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('sealed_document');
  }
}
