import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A fingerprint of one office's rows in every table: a row count and a SHA-256 of the rows,
 * per table. Two equal snapshots mean nothing of that office was written in between. Scoped by
 * org_id so test files sharing a MariaDB database do not disturb each other.
 */
export type OfficeSnapshot = Record<string, { rows: number; sha256: string }>;

export async function snapshotOffice(ds: DataSource, orgId: number): Promise<OfficeSnapshot> {
  const out: OfficeSnapshot = {};
  for (const meta of ds.entityMetadatas) {
    const table = meta.tableName;
    const columns = meta.columns.map((c) => c.databaseName);
    const primary = meta.primaryColumns.map((c) => c.databaseName);
    let where: string;
    if (table === 'organization') where = 'id = ?';
    else if (columns.includes('org_id')) where = 'org_id = ?';
    else if (columns.includes('catalog_id'))
      where = 'catalog_id IN (SELECT id FROM oit_catalog WHERE org_id = ?)';
    else continue;
    const quote = (c: string) => (ds.options.type === 'better-sqlite3' ? `"${c}"` : `\`${c}\``);
    const rows = await ds.query<Array<Record<string, unknown>>>(
      `SELECT * FROM ${quote(table)} WHERE ${where} ORDER BY ${primary.map(quote).join(', ')}`,
      [orgId],
    );
    out[table] = {
      rows: rows.length,
      sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
    };
  }
  return out;
}
