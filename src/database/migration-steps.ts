import { DataSource } from 'typeorm';
import { DatabaseSettings, dataSourceOptions } from './data-source-options';

/** Applies the pending migrations, each in its own transaction; returns how many ran. */
export function runMigrations(settings: DatabaseSettings): Promise<number> {
  return withDataSource(
    settings,
    async (ds) => (await ds.runMigrations({ transaction: 'each' })).length,
  );
}

/** Reverts every applied migration, newest first; returns how many. */
export function revertAllMigrations(settings: DatabaseSettings): Promise<number> {
  return withDataSource(settings, async (ds) => {
    let reverted = 0;
    while ((await appliedMigrationCount(ds)) > 0) {
      await revertLastMigration(ds);
      reverted++;
    }
    return reverted;
  });
}

/** A data source of its own (not the app's), closed when the work is done. */
async function withDataSource<T>(
  settings: DatabaseSettings,
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const ds = await new DataSource(dataSourceOptions(settings)).initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

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
