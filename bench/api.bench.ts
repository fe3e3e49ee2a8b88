// `npm run bench api [-- --memos=1000000 --orgs=245 --seconds=20 --connections=32]`
// Seeds (once) a MariaDB database with many offices and memos, then measures the inbox query
// in-process and drives the HTTP API (inbox listing, approvals) from this process against the
// app running in its own process. Writes the `api` section of bench/results.json.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { numberFlag } from './lib/args';
import { drive, RequestSpec } from './lib/load';
import { BenchDatabase, BENCH_JWT_SECRET, NO_REMINDERS } from './lib/bench-db';
import { BENCH_PASSWORD } from './lib/million';
import { percentile, printTable, writeSection } from './lib/results';
import { loginAll, loginToken, startServer } from './lib/server';

const plan = { memos: numberFlag('memos', 1_000_000), orgs: numberFlag('orgs', 245) };
const seconds = numberFlag('seconds', 20);
const connections = numberFlag('connections', 32);
const bench = new BenchDatabase(plan);

/** The repository's own inbox and search queries, timed in-process. */
async function timeQueries() {
  const app = await bench.appContext();
  try {
    const { MemoQueriesRepository } = await import('../src/memo/memo-queries.repository');
    const repo = app.get(MemoQueriesRepository);
    const waiting = await bench.sql<RowDataPacket & { orgId: number; userId: number }>(
      `SELECT org_id AS orgId, current_assignee_user_id AS userId FROM memo WHERE status = 'in_review' GROUP BY org_id, current_assignee_user_id ORDER BY RAND() LIMIT 300`,
      [],
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
  const inbox = await bench.sql(
    `EXPLAIN SELECT m.id FROM memo m WHERE m.org_id = ? AND m.current_assignee_user_id = ? AND m.status = 'in_review' ORDER BY m.urgency_rank DESC, m.submitted_at ASC LIMIT 20`,
    [w.orgId, w.userId],
  );
  writeFileSync(join(out, 'inbox.json'), `${JSON.stringify(inbox, null, 2)}\n`);
}

async function main() {
  await bench.ensureSeeded();
  const queries = await timeQueries();
  const server = await startServer(
    {
      DATABASE_URL: bench.url,
      JWT_SECRET: BENCH_JWT_SECRET,
      LOGIN_THROTTLE_LIMIT: '1000',
      PUBLIC_BASE_URL: 'http://127.0.0.1:3901',
      ...NO_REMINDERS,
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
  const rows = await bench.sql<RowDataPacket & { username: string }>(
    `SELECT DISTINCT u.username FROM memo m JOIN app_user u ON u.id = m.current_assignee_user_id WHERE m.status = 'in_review' LIMIT ?`,
    [limit],
  );
  return loginAll(
    url,
    rows.map((r) => r.username),
    BENCH_PASSWORD,
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
  const rows = await bench.sql<RowDataPacket & { id: number; version: number; username: string }>(
    `SELECT m.id, m.version, u.username FROM memo m JOIN app_user u ON u.id = m.current_assignee_user_id
     WHERE m.status = 'in_review' AND m.current_step_order = 1 ORDER BY m.id LIMIT 40000`,
    [],
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
