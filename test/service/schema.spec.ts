// Schema gate (STYLE.md #10): migrations up on a fresh database, no drift from the entities,
// all the way down, and up again.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, databaseUrl, probeServer, ServerInfo } from '../support/mysql-server';

jest.setTimeout(120_000);

async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

async function revertAll(ds: DataSource): Promise<number> {
  let reverted = 0;
  const executed = async () =>
    Number(
      (await ds.query<Array<{ n: number | string }>>('SELECT COUNT(*) AS n FROM migrations'))[0].n,
    );
  while ((await executed()) > 0) {
    await ds.undoLastMigration({ transaction: 'each' });
    reverted++;
  }
  return reverted;
}

/** The entity tables that exist in the database. */
async function userTables(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  try {
    const names = ds.entityMetadatas.map((m) => m.tableName);
    const present = await Promise.all(names.map((n) => runner.hasTable(n)));
    return names.filter((_, i) => present[i]);
  } finally {
    await runner.release();
  }
}

describe('schema gate', () => {
  describe('MariaDB/MySQL', () => {
    let info: ServerInfo;
    let name: string;
    let ds: DataSource;

    beforeAll(async () => {
      info = await probeServer();
      name = `saraban_schema_${randomBytes(4).toString('hex')}`;
      await adminQuery(
        info,
        `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
      );
      ds = await new DataSource(
        dataSourceOptions({ url: databaseUrl(info, name), dataDir: tmpdir() }),
      ).initialize();
    });
    afterAll(async () => {
      await ds?.destroy();
      await adminQuery(info, `DROP DATABASE IF EXISTS \`${name}\``);
    });

    it('migrates up with no drift, reverts every migration, and migrates up again', async () => {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.length).toBe(ds.migrations.length);
      expect(await pendingSchemaChanges(ds)).toEqual([]);
      expect(await revertAll(ds)).toBe(ds.migrations.length);
      expect(await userTables(ds)).toEqual([]);
      await ds.runMigrations({ transaction: 'each' });
      expect(await pendingSchemaChanges(ds)).toEqual([]);
    });
  });

  describe('embedded SQLite', () => {
    it('migrates up, reverts every migration, and migrates up again', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'saraban-schema-'));
      const ds = await new DataSource(dataSourceOptions({ dataDir: dir })).initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
        const tables = await userTables(ds);
        expect(tables).toEqual(expect.arrayContaining(['organization', 'app_user', 'delegation']));
        expect(await revertAll(ds)).toBe(ds.migrations.length);
        expect(await userTables(ds)).toEqual([]);
        expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(ds.migrations.length);
      } finally {
        await ds.destroy();
      }
    });
  });
});
