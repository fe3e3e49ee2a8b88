// One migrated embedded database per Jest run, copied into each test file's fresh DATA_DIR
// (env.sqlite.ts): the files of a tier then skip running every migration again.
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';

export default async function setup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-template-'));
  const ds = new DataSource(dataSourceOptions({ dataDir: dir }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  // Folds the write-ahead log into the file, so the file alone is the whole database.
  await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await ds.destroy();
  process.env.SARABAN_SQLITE_TEMPLATE = join(dir, 'saraban.sqlite');
}
