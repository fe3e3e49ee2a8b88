// `npm run bench api [-- --memos=1000000 --orgs=245 --seconds=20 --connections=32]`
// Seeds (once) a MariaDB database with many offices and memos, then measures the inbox query
// in-process and drives the HTTP API (inbox listing, approvals) from this process against the
// app running in its own process. Writes the `api` section of bench/results.json.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { numberFlag } from './lib/args';
import { drive, RequestSpec } from './lib/load';
import { BENCH_PASSWORD, seedMillion, seedOffices } from './lib/million';
import { percentile, printTable, writeSection } from './lib/results';
import { loginToken, startServer } from './lib/server';

const plan = { memos: numberFlag('memos', 1_000_000), orgs: numberFlag('orgs', 245) };
const seconds = numberFlag('seconds', 20);
const connections = numberFlag('connections', 32);
const serverUrl = process.env.BENCH_SERVER_URL ?? 'mariadb://root@127.0.0.1:3306';
const dbName = `saraban_bench_${plan.orgs}_${plan.memos}`;
const dbUrl = `${serverUrl}/${dbName}`;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';

async function sql<T extends RowDataPacket>(
  query: string,
  params: unknown[] = [],
  database?: string,
): Promise<T[]> {
  const db = await createConnection({
    uri: `${serverUrl.replace(/^mariadb:/, 'mysql:')}/${database ?? ''}`,
    timezone: 'Z',
  });
  try {
    const [rows] = await db.query<T[]>(query, params);
    return rows;
  } finally {
    await db.end();
  }
}

/** Creates and seeds the database unless an earlier run left it complete. */
async function ensureSeeded(): Promise<void> {
  const done = await sql<RowDataPacket>(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'bench_done'`,
    [dbName],
  );
  if (done.length > 0) return console.log(`Reusing ${dbName}`);
  await sql(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await sql(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const app = await appContext();
  try {
    const ds = app.get((await import('typeorm')).DataSource);
    await ds.runMigrations({ transaction: 'each' });
    const t0 = performance.now();
    const offices = await seedOffices(app, plan);
    console.log(
      `Seeded ${offices.length} offices in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    await seedMillion(dbUrl, offices, plan, (n) =>
      process.stdout.write(`\r  memos: ${n.toLocaleString()}   `),
    );
    console.log(
      `\nSeeded ${plan.memos.toLocaleString()} memos in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  } finally {
    await app.close();
  }
  await sql('CREATE TABLE bench_done (id INT PRIMARY KEY)', [], dbName);
}

async function appContext() {
  Object.assign(process.env, {
    DATABASE_URL: dbUrl,
    LOG_LEVEL: 'warn',
    JWT_SECRET,
    NODE_ENV: 'test',
  });
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../src/app.module');
  return NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
}

/** The repository's own inbox and search queries, timed in-process. */
async function timeQueries() {
  const app = await appContext();
  try {
    const { MemoQueriesRepository } = await import('../src/memo/memo-queries.repository');
    const repo = app.get(MemoQueriesRepository);
    const waiting = await sql<RowDataPacket & { orgId: number; userId: number }>(
      `SELECT org_id AS orgId, current_assignee_user_id AS userId FROM memo WHERE status = 'in_review' GROUP BY org_id, current_assignee_user_id ORDER BY RAND() LIMIT 300`,
      [],
      dbName,
    );
    const inbox: number[] = [];
    const search: number[] = [];
    for (const w of waiting) {
      let t0 = performance.now();
      await repo.inbox(w.orgId, w.userId, 0, 20);
      inbox.push(performance.now() - t0);
      t0 = performance.now();
      await repo.list(
        w.orgId,
        { userId: w.userId, seesOfficeWork: true },
        { box: 'all', words: ['ทุจริต'] },
        0,
        20,
      );
      search.push(performance.now() - t0);
    }
    inbox.sort((a, b) => a - b);
    search.sort((a, b) => a - b);
    await explain(waiting[0]);
    return {
      inboxQueryP50Ms: percentile(inbox, 50),
      inboxQueryP95Ms: percentile(inbox, 95),
      searchQueryP50Ms: percentile(search, 50),
      searchQueryP95Ms: percentile(search, 95),
      samples: waiting.length,
    };
  } finally {
    await app.close();
  }
}

/** EXPLAIN of the hot queries, kept in the repository (STYLE.md #15). */
async function explain(w: { orgId: number; userId: number }) {
  const out = join(__dirname, 'explain');
  mkdirSync(out, { recursive: true });
  const inbox = await sql(
    `EXPLAIN SELECT m.id FROM memo m WHERE m.org_id = ? AND m.current_assignee_user_id = ? AND m.status = 'in_review' ORDER BY m.urgency_rank DESC, m.submitted_at ASC LIMIT 20`,
    [w.orgId, w.userId],
    dbName,
  );
  writeFileSync(join(out, 'inbox.json'), `${JSON.stringify(inbox, null, 2)}\n`);
}

async function main() {
  await ensureSeeded();
  const queries = await timeQueries();
  const server = await startServer(
    {
      DATABASE_URL: dbUrl,
      JWT_SECRET,
      LOGIN_THROTTLE_LIMIT: '1000',
      PUBLIC_BASE_URL: 'http://127.0.0.1:3901',
    },
    3901,
  );
  try {
    const inbox = await inboxLoad(server.url);
    const approvals = await approvalLoad(server.url);
    const result = {
      memos: plan.memos,
      orgs: plan.orgs,
      connections,
      ...queries,
      requestsPerSecond: inbox.requestsPerSecond,
      inboxP50Ms: inbox.p50Ms,
      inboxP95Ms: inbox.p95Ms,
      inboxP99Ms: inbox.p99Ms,
      inboxErrors: inbox.errors,
      approvalsPerSecond: approvals.requestsPerSecond,
      approveP50Ms: approvals.p50Ms,
      approveP95Ms: approvals.p95Ms,
      approveP99Ms: approvals.p99Ms,
      approveErrors: approvals.errors,
    };
    writeSection('api', result);
    printTable(
      `API on MariaDB, ${plan.memos.toLocaleString()} memos, ${plan.orgs} offices, ${connections} connections`,
      [
        {
          what: 'inbox query (in-process)',
          'req/s': '',
          p50: queries.inboxQueryP50Ms,
          p95: queries.inboxQueryP95Ms,
          p99: '',
        },
        {
          what: 'search query (in-process)',
          'req/s': '',
          p50: queries.searchQueryP50Ms,
          p95: queries.searchQueryP95Ms,
          p99: '',
        },
        {
          what: 'GET /api/inbox',
          'req/s': inbox.requestsPerSecond,
          p50: inbox.p50Ms,
          p95: inbox.p95Ms,
          p99: inbox.p99Ms,
        },
        {
          what: 'POST …/approve',
          'req/s': approvals.requestsPerSecond,
          p50: approvals.p50Ms,
          p95: approvals.p95Ms,
          p99: approvals.p99Ms,
        },
      ],
    );
  } finally {
    await server.stop();
  }
}

/** Approvers with memos waiting, signed in once each. */
async function approverTokens(url: string, limit: number) {
  const rows = await sql<RowDataPacket & { username: string }>(
    `SELECT DISTINCT u.username FROM memo m JOIN app_user u ON u.id = m.current_assignee_user_id WHERE m.status = 'in_review' LIMIT ?`,
    [limit],
    dbName,
  );
  return Promise.all(
    rows.map(async (r) => ({
      username: r.username,
      token: await loginToken(url, r.username, BENCH_PASSWORD),
    })),
  );
}

async function inboxLoad(url: string) {
  const approvers = await approverTokens(url, 400);
  let i = 0;
  return drive(url, connections, seconds * 1000, () => ({
    method: 'GET',
    path: '/api/inbox',
    token: approvers[i++ % approvers.length].token,
  }));
}

/** Each request approves a different memo waiting at its first step (no PDF at that step). */
async function approvalLoad(url: string) {
  const rows = await sql<RowDataPacket & { id: number; version: number; username: string }>(
    `SELECT m.id, m.version, u.username FROM memo m JOIN app_user u ON u.id = m.current_assignee_user_id
     WHERE m.status = 'in_review' AND m.current_step_order = 1 ORDER BY m.id LIMIT 40000`,
    [],
    dbName,
  );
  const tokens = new Map<string, string>();
  for (const r of rows)
    if (!tokens.has(r.username) && tokens.size < 500)
      tokens.set(r.username, await loginToken(url, r.username, BENCH_PASSWORD));
  const queue: RequestSpec[] = rows
    .filter((r) => tokens.has(r.username))
    .map((r) => ({
      method: 'POST',
      path: `/api/memos/${r.id}/approve`,
      token: tokens.get(r.username)!,
      body: { version: r.version, note: 'เพื่อโปรดพิจารณา' },
    }));
  return drive(url, connections, seconds * 1000, () => queue.shift() ?? null);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
