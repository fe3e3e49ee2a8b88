// A fresh database per crash run, read and written by the tier directly (not through the server).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { adminQuery, databaseUrl, probeServer, ServerInfo } from '../../support/mysql-server';

export type DatabaseKind = 'sqlite' | 'mariadb';

export type Row = Record<string, unknown>;

export interface CrashDatabase {
  kind: DatabaseKind;
  /** DATA_DIR and, for MariaDB, DATABASE_URL for the server and the CLI. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  /** Opens the tier's own connection (after `migrate` made the schema). */
  open(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Closes the connection and removes the data (MariaDB: drops the database). */
  dispose(): Promise<void>;
}

/** The MariaDB server of TEST_DATABASE_URL, as crash/support/global-setup.ts found it. */
export const mariadbAvailable = (): boolean => Boolean(process.env.SARABAN_CRASH_MARIADB);

class TypeOrmDatabase implements CrashDatabase {
  private ds?: DataSource;

  constructor(
    readonly kind: DatabaseKind,
    readonly env: CrashDatabase['env'],
    private readonly options: () => ConstructorParameters<typeof DataSource>[0],
    private readonly drop: () => Promise<void>,
  ) {}

  async open(): Promise<void> {
    this.ds = await new DataSource(this.options()).initialize();
  }

  async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    if (!this.ds) throw new Error('database not opened');
    return this.ds.query<Row[]>(sql, params);
  }

  async dispose(): Promise<void> {
    if (this.ds?.isInitialized) await this.ds.destroy();
    this.ds = undefined;
    await this.drop();
  }
}

export async function createDatabase(kind: DatabaseKind): Promise<CrashDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saraban-crash-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    const file = join(dataDir, 'saraban.sqlite');
    // The server's own pragmas: a writer waits for the lock instead of failing at once.
    const options = () => ({
      type: 'better-sqlite3' as const,
      database: file,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
      },
    });
    return new TypeOrmDatabase(kind, { DATA_DIR: dataDir }, options, removeDir);
  }
  const info = await probeServer();
  const name = `saraban_crash_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(
    info,
    `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  const url = databaseUrl(info, name);
  const options = () => ({ type: 'mariadb' as const, url: url.replace(/^mariadb:/, 'mysql:') });
  return new TypeOrmDatabase(kind, { DATA_DIR: dataDir, DATABASE_URL: url }, options, () =>
    dropMariaDb(info, name).finally(removeDir),
  );
}

async function dropMariaDb(info: ServerInfo, name: string): Promise<void> {
  if (process.env.KEEP_TEST_DATABASE) return;
  await adminQuery(info, `DROP DATABASE IF EXISTS \`${name}\``);
}
