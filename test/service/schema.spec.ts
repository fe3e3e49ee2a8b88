// Schema gate (STYLE.md #10): migrations up on a fresh database, no drift from the entities,
// all the way down, and up again.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { appliedMigrationCount, revertLastMigration } from '../../src/database/migration-steps';
import { Circulation, CirculationRecipient } from '../../src/circulation/circulation.entity';
import { MemoTask } from '../../src/circulation/memo-task.entity';
import { Delegation } from '../../src/org/delegation.entity';
import { OrgGroup } from '../../src/org/org-group.entity';
import { Organization } from '../../src/org/organization.entity';
import { User } from '../../src/org/user.entity';
import { adminQuery, databaseUrl, probeServer, ServerInfo } from '../support/mysql-server';

jest.setTimeout(120_000);

async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

async function revertAll(ds: DataSource): Promise<number> {
  let reverted = 0;
  while ((await appliedMigrationCount(ds)) > 0) {
    await revertLastMigration(ds);
    reverted++;
  }
  return reverted;
}

/** An office with people who are referenced from other tables (group heads, a delegation). */
async function populate(ds: DataSource): Promise<Record<string, number>> {
  const now = new Date();
  const org = await ds.manager.save(Organization, {
    code: 'upgrade',
    name: 'สำนักงานทดสอบการปรับรุ่น',
    shortName: 'ทดสอบ',
    bookCode: 'ศธ ๐๐๐๐๐',
    parentAgency: '',
    address: '',
    phone: '',
    createdAt: now,
  });
  const person = (username: string) =>
    ds.manager.save(User, {
      orgId: org.id,
      username,
      passwordHash: 'x',
      firstName: username,
      lastName: 'ทดสอบ',
      roles: ['group_head'],
      createdAt: now,
    } as Partial<User>);
  const [head, deputy] = [await person('upgrade-head'), await person('upgrade-deputy')];
  await ds.manager.save(OrgGroup, {
    orgId: org.id,
    name: 'กลุ่มทดสอบ',
    shortName: 'ทดสอบ',
    phone: '',
    headUserId: head.id,
    deputyUserId: deputy.id,
  } as Partial<OrgGroup>);
  await ds.manager.save(Delegation, {
    orgId: org.id,
    kind: 'on_behalf',
    delegateUserId: deputy.id,
    documentKinds: ['memo'],
    reference: 'คำสั่งทดสอบ',
    startsAt: now,
    endsAt: null,
    revokedAt: null,
    createdAt: now,
  } as Partial<Delegation>);
  // A memo's circulation, recipient and task (issue 20): kept when letters may have them too.
  const memoId = 1;
  await ds.manager.save(Circulation, { orgId: org.id, memoId, audience: 'people', createdAt: now });
  await ds.manager.save(CirculationRecipient, {
    orgId: org.id,
    memoId,
    userId: head.id,
    createdAt: now,
  });
  await ds.manager.save(MemoTask, {
    orgId: org.id,
    memoId,
    taskIndex: 0,
    userId: head.id,
    task: 'ทดสอบ',
    dueAt: now,
    state: 'open',
    createdAt: now,
  } as Partial<MemoTask>);
  return rowCounts(ds);
}

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const tables = [
    'organization',
    'app_user',
    'org_group',
    'delegation',
    'circulation',
    'circulation_recipient',
    'memo_task',
  ];
  const counts = await Promise.all(
    tables.map(async (t) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)),
  );
  return Object.fromEntries(tables.map((t, i) => [t, counts[i]]));
}

/**
 * The upgrade path of a live office: the newest migrations reverted and applied again on a
 * database full of referenced rows, which must all survive (SQLite rebuilds altered tables).
 */
async function reapplyLatest(ds: DataSource, count: number): Promise<void> {
  const before = await rowCounts(ds);
  for (let i = 0; i < count; i++) await revertLastMigration(ds);
  expect(await rowCounts(ds)).toEqual(before);
  expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(count);
  expect(await rowCounts(ds)).toEqual(before);
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

    it('reverts and re-applies the newest migrations on a populated database, losing no row', async () => {
      expect(await populate(ds)).toMatchObject({ app_user: 2, delegation: 1, memo_task: 1 });
      await reapplyLatest(ds, 1);
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
        expect(await populate(ds)).toMatchObject({ app_user: 2, delegation: 1, memo_task: 1 });
        await reapplyLatest(ds, 1);
        expect(await ds.query('PRAGMA foreign_key_check')).toEqual([]);
      } finally {
        await ds.destroy();
      }
    });
  });
});
