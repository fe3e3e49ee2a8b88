// Creates the throwaway databases for this Jest run, one per Jest worker, and migrates them.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, databaseUrl, probeServer, ServerInfo } from './mysql-server';

/**
 * One database per Jest worker (env.mysql.ts): Jest's own count when it calls this, else the
 * count scripts/test-all.js will run its tiers with.
 */
const databaseSlots = (config?: { maxWorkers?: number }): number =>
  Math.max(1, config?.maxWorkers ?? Number(process.env.TEST_TIER_WORKERS ?? 1));

export default async function setup(config?: { maxWorkers?: number }): Promise<void> {
  if (process.env.SARABAN_TEST_DATABASE_URL) return; // shared by an outer runner
  const info = await probeServer().catch((error: unknown) => {
    throw new Error(
      `No MySQL/MariaDB at TEST_DATABASE_URL (${process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306'}): ${String(error)}`,
    );
  });
  const base = `saraban_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const names = Array.from({ length: databaseSlots(config) }, (_, i) => `${base}_w${i + 1}`);
  const urls = await Promise.all(names.map((name) => createMigrated(info, name)));
  process.env.SARABAN_TEST_DATABASE_URL = urls.join(' ');
  // Only the process that made the databases drops them (an outer runner shares them with Jest).
  process.env.SARABAN_TEST_DATABASE_OWNED = `${process.pid}:${names.join(',')}`;
}

async function createMigrated(info: ServerInfo, name: string): Promise<string> {
  await adminQuery(
    info,
    `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  const url = databaseUrl(info, name);
  const ds = new DataSource(dataSourceOptions({ url, dataDir: '/tmp' }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return url;
}
