import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { textColumn } from './lib/columns';

/** หนังสือภายนอก: เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง and whether it is a circular (JSON). */
export class AddLetterToIssuance1769000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('issuance', new TableColumn(textColumn('letter', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('issuance', 'letter');
  }
}
