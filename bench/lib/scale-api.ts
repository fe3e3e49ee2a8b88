// Approvals per second through one and then two API instances behind HAProxy, at a million
// memos (`npm run bench scale`, second half): the database of `npm run bench api`, Redis and
// worker(s) as in deploy/.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { createPool, type Pool } from 'mysql2/promise';
import type { CrashDatabase, Row } from '../../test/crash/support/database';
import { Cluster } from '../../test/scale/support/cluster';
import { inBatches } from '../../test/scale/support/flow';
import { type BenchDatabase, NO_REMINDERS } from './bench-db';
import { drive, type LoadResult, type RequestSpec } from './load';
import { BENCH_PASSWORD } from './million';
import { processCpuMs } from './cgroup';
import { loginToken } from './server';

export interface ApiPlan {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Rounds of (1 instance, 2 instances), the second round in the other order. */
  rounds: number;
  workers: number;
  approvers: number;
}

export interface ApprovalFigures {
  instances: number;
  round: number;
  approvalsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: Record<string, number>;
  /** Processor time per approval of the API instances and of the workers (Node only). */
  apiCpuMsPerApproval: number;
  workerCpuMsPerApproval: number;
  loadAverage: [number, number];
}

/** The bench's database as the cluster expects one; kept (not dropped) at the end. */
function existing(bench: BenchDatabase, dataDir: string): CrashDatabase {
  let pool: Pool | undefined;
  return {
    kind: 'mariadb',
    env: { DATA_DIR: dataDir, DATABASE_URL: bench.url },
    open: async () => {
      pool = createPool({ uri: bench.url.replace(/^mariadb:/, 'mysql:'), timezone: 'Z' });
    },
    query: async (sql, params = []) => {
      if (!pool) throw new Error('database not opened');
      const [rows] = await pool.query<Array<RowDataPacket & Row>>(sql, params);
      return rows;
    },
    dispose: async () => pool?.end(),
  };
}

export async function approvalScaling(
  bench: BenchDatabase,
  plan: ApiPlan,
): Promise<ApprovalFigures[]> {
  await bench.ensureSeeded();
  const dir = mkdtempSync(join(tmpdir(), 'saraban-bench-api-'));
  delete process.env.S3_ENDPOINT; // local disk, as in the seal half
  const cluster = await Cluster.start(2, {
    database: existing(bench, dir),
    env: { OUTBOX_POLL_MS: '1000', ...NO_REMINDERS },
  });
  try {
    while (cluster.workers.length < plan.workers) await cluster.addWorker();
    const queue = await approvals(bench, cluster, plan.approvers);
    const next = () => queue.shift() ?? null;
    const fronts = { 1: await cluster.frontOver(1), 2: cluster.front };
    await drive(fronts[2].baseUrl, plan.connections, plan.warmupSeconds * 1000, next);
    const figures: ApprovalFigures[] = [];
    for (let round = 1; round <= plan.rounds; round++) {
      const order = round % 2 === 1 ? ([1, 2] as const) : ([2, 1] as const);
      for (const instances of order) {
        const load1 = loadavg()[0];
        const before = cpu(cluster);
        const result = await drive(
          fronts[instances].baseUrl,
          plan.connections,
          plan.seconds * 1000,
          next,
        );
        if (queue.length === 0) throw new Error('ran out of memos to approve: lower --seconds');
        const after = cpu(cluster);
        figures.push({
          ...toFigures(instances, round, result, load1),
          apiCpuMsPerApproval: (after.apis - before.apis) / result.ok,
          workerCpuMsPerApproval: (after.workers - before.workers) / result.ok,
        });
        console.log(
          `${instances} instance(s), round ${round}: ${result.requestsPerSecond.toFixed(1)} approvals/s`,
        );
      }
    }
    return figures;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Processor time so far of the API instances and of the workers' Node processes, in ms. */
function cpu(cluster: Cluster): { apis: number; workers: number } {
  const sum = (pids: number[]) => pids.reduce((s, pid) => s + processCpuMs(pid), 0);
  return {
    apis: sum(cluster.apis.map((a) => a.pid)),
    workers: sum(cluster.workers.map((w) => w.pid)),
  };
}

function toFigures(
  instances: number,
  round: number,
  r: LoadResult,
  load1: number,
): Omit<ApprovalFigures, 'apiCpuMsPerApproval' | 'workerCpuMsPerApproval'> {
  return {
    instances,
    round,
    approvalsPerSecond: r.requestsPerSecond,
    p50Ms: r.p50Ms,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    errors: r.errors,
    loadAverage: [load1, loadavg()[0]],
  };
}

/**
 * First steps waiting (no PDF at that step: the workers deliver notices only), each a
 * different memo, for approvers signed in once each.
 */
async function approvals(
  bench: BenchDatabase,
  cluster: Cluster,
  approvers: number,
): Promise<RequestSpec[]> {
  const rows = await bench.sql<RowDataPacket & { id: number; version: number; username: string }>(
    `SELECT m.id, m.version, u.username FROM memo m JOIN app_user u ON u.id = m.current_assignee_user_id
     WHERE m.status = 'in_review' AND m.current_step_order = 1 ORDER BY m.id LIMIT 60000`,
  );
  const names = [...new Set(rows.map((r) => r.username))].slice(0, approvers);
  const url = cluster.direct[0].baseUrl;
  const tokens = new Map<string, string>();
  await inBatches(names, 4, async (name) => {
    tokens.set(name, await loginToken(url, name, BENCH_PASSWORD));
  });
  return rows
    .filter((r) => tokens.has(r.username))
    .map((r) => ({
      method: 'POST',
      path: `/api/memos/${r.id}/approve`,
      token: tokens.get(r.username)!,
      body: { version: r.version, note: 'เพื่อโปรดพิจารณา' },
    }));
}
