import { MigrationInterface, QueryRunner } from 'typeorm';

// A memo's secrecy, and that of the announcement or order it issued (which is the memo's).
const memoSecrecy = (table: string) =>
  `(SELECT m.secrecy FROM memo m WHERE m.id = ${table}.document_id)`;
const issuanceSecrecy = (table: string) =>
  `(SELECT m.secrecy FROM issuance i JOIN memo m ON m.id = i.memo_id
    WHERE i.id = ${table}.document_id)`;
/** Each table and the column naming its document's type. */
const TABLES = [
  ['register_entry', 'document_type'],
  ['sealed_document', 'document_type'],
  ['oit_evidence', 'kind'],
] as const;

/**
 * Copies each registered document's secrecy onto its register entry, seal and OIT evidence,
 * then strips what secret evidence held (title, text, public URL) and rejects the links the
 * suggester made for it (proposed or auto-confirmed); a coordinator's own links stay. Data only; the columns come from the three migrations before.
 */
export class BackfillDocumentSecrecy1767000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const [table, type] of TABLES) {
      await q.query(`UPDATE ${table} SET secrecy = ${memoSecrecy(table)} WHERE ${type} = 'memo'`);
      await q.query(
        `UPDATE ${table} SET secrecy = ${issuanceSecrecy(table)}
         WHERE ${type} IN ('announcement', 'order')`,
      );
    }
    await q.query(
      `UPDATE oit_evidence SET title = 'หนังสือลับ', body = '', url = NULL, verify_code = NULL,
         sha256 = NULL WHERE secrecy <> 'normal'`,
    );
    await q.query(
      `UPDATE oit_link SET status = 'rejected', note = 'หนังสือลับ (secret document)'
       WHERE source = 'suggested'
         AND evidence_id IN (SELECT id FROM oit_evidence WHERE secrecy <> 'normal')`,
    );
  }

  /** Nothing to undo: the columns go with the migrations before; stripped text stays gone. */
  async down(): Promise<void> {}
}
