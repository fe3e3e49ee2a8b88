import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A counter carried in every token: signing out, or an admin changing the password, raises it
 * and so ends every session of that user at once, although tokens themselves are stateless.
 */
export class AddUserSessionVersion1766000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'app_user',
      new TableColumn({ name: 'session_version', type: 'int', isNullable: false, default: 0 }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('app_user', 'session_version');
  }
}
