// Creates a throwaway database for this Jest run and migrates it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, databaseUrl, probeServer } from './mysql-server';

export default async function setup(): Promise<void> {
  if (process.env.SARABAN_TEST_DATABASE_URL) return; // shared by an outer runner
  const info = await probeServer().catch((error: unknown) => {
    throw new Error(
      `No MySQL/MariaDB at TEST_DATABASE_URL (${process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306'}): ${String(error)}`,
    );
  });
  const name = `saraban_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(
    info,
    `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  const url = databaseUrl(info, name);
  const ds = new DataSource(dataSourceOptions({ url, dataDir: '/tmp' }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.SARABAN_TEST_DATABASE_URL = url;
  // Only the process that made the database drops it (an outer runner shares it with Jest).
  process.env.SARABAN_TEST_DATABASE_OWNED = `${process.pid}:${name}`;
}
