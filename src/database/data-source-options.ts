import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { DataSourceOptions, LogLevel } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { TypeOrmLogger } from './typeorm-logger';
import { MIGRATIONS } from '../../migrations';

export interface DatabaseSettings {
  /**
   * mysql://… for MySQL, mariadb://… for MariaDB (TypeORM reads their catalogs differently);
   * absent for the embedded SQLite default.
   */
  url?: string;
  dataDir: string;
  logging?: boolean;
}

/** The one place that knows how to reach either database; used by the app, the CLI and tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const logging: LogLevel[] = settings.logging ? ['error', 'warn', 'migration'] : ['error'];
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging,
    logger: new TypeOrmLogger(settings.logging ?? false),
    maxQueryExecutionTime: 1000,
  };
  if (settings.url) {
    return {
      ...common,
      type: settings.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: settings.url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      extra: { connectionLimit: 20, connectTimeout: 5_000 },
      migrationsTransactionMode: 'each',
    };
  }
  const dir = resolve(settings.dataDir);
  mkdirSync(dir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: join(dir, 'saraban.sqlite'),
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
    migrationsTransactionMode: 'each',
  };
}
