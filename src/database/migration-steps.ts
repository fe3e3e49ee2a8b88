import type { DataSource } from 'typeorm';

/**
 * Reverts the latest migration. TypeORM turns SQLite's foreign keys off around `runMigrations`
 * but not around `undoLastMigration`, and SQLite rebuilds a table to alter it: with the keys
 * on, dropping the old copy of a referenced table fails (or cascades). Off for the revert only.
 */
export async function revertLastMigration(ds: DataSource): Promise<void> {
  const sqlite = ds.options.type === 'better-sqlite3';
  if (sqlite) await ds.query('PRAGMA foreign_keys = OFF');
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    if (sqlite) await ds.query('PRAGMA foreign_keys = ON');
  }
}

/** How many migrations the database has applied. */
export async function appliedMigrationCount(ds: DataSource): Promise<number> {
  const rows = await ds.query<Array<{ n: number | string }>>(
    'SELECT COUNT(*) AS n FROM migrations',
  );
  return Number(rows[0].n);
}
