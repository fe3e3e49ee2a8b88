import { createConnection } from 'mysql2/promise';

export const DEFAULT_TEST_DATABASE_URL = 'mysql://root@127.0.0.1:3306';

export interface ServerInfo {
  url: URL;
  isMariaDb: boolean;
  version: string;
}

/** Connects to the server of TEST_DATABASE_URL (no database selected) and tells what it is. */
export async function probeServer(
  raw = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL,
): Promise<ServerInfo> {
  const url = new URL(raw.replace(/^mariadb:/, 'mysql:'));
  const conn = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    connectTimeout: 3000,
  });
  try {
    const [rows] =
      await conn.query<Array<{ v: string } & import('mysql2').RowDataPacket>>(
        'SELECT VERSION() AS v',
      );
    const version = rows[0].v;
    return { url, isMariaDb: /mariadb/i.test(version), version };
  } finally {
    await conn.end();
  }
}

export async function adminQuery(info: ServerInfo, sql: string): Promise<void> {
  const conn = await createConnection({
    host: info.url.hostname,
    port: Number(info.url.port || 3306),
    user: decodeURIComponent(info.url.username),
    password: decodeURIComponent(info.url.password),
  });
  try {
    await conn.query(sql);
  } finally {
    await conn.end();
  }
}

/** The URL Saraban uses for a database on that server (mariadb:// tells TypeORM the dialect). */
export function databaseUrl(info: ServerInfo, database: string): string {
  const url = new URL(info.url.toString());
  url.pathname = `/${database}`;
  return url.toString().replace(/^mysql:/, info.isMariaDb ? 'mariadb:' : 'mysql:');
}
