// Seal throughput of 1, 2, 4… workers, each in its own cgroup held to one CPU quota share
// (`npm run bench scale`, first half). One API instance, Redis, MariaDB and files on local disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemoJson } from '../../test/support/memos';
import { Cluster } from '../../test/scale/support/cluster';
import { inBatches, sealedCount, signIn, type Tokens } from '../../test/scale/support/flow';
import { toDirectorStep } from '../../test/crash/support/api';
import { sleep } from '../../test/crash/support/server';
import { CpuCgroup, processCpuMs } from './cgroup';
import { drive, type LoadResult } from './load';

export interface SealPlan {
  workerCounts: number[];
  /** Of one CPU per worker (cfs_quota_us / cfs_period_us). */
  share: number;
  docsPerWorker: number;
  warmupPerWorker: number;
  /** Director approvals in flight (each waits up to 5 s for its seal). */
  clients: number;
}

export interface SealFigures {
  workers: number;
  docs: number;
  seconds: number;
  docsPerSecond: number;
  /** Processor time of the workers' cgroups (Node and Chromium) per sealed memo. */
  cpuMsPerDoc: number;
  /** The API instance's processor time per approval (Node alone; it has no Chromium). */
  apiCpuMsPerDoc: number;
  /** Cores the workers used on average, and that over their quota. */
  coresUsed: number;
  quotaUsed: number;
  throttledPeriods: number;
  approveP50Ms: number;
  approveP95Ms: number;
  approveErrors: Record<string, number>;
  loadAverage: [number, number];
}

/** Settings over the test tier's: its fast polls would add work that is not sealing. */
const QUIET_ENV = { OUTBOX_POLL_MS: '1000', REMINDER_POLL_MS: '60000' };
const DRAIN_TIMEOUT_MS = 180_000;
/** Memos brought to the director's step at once, before any quota is set. */
const PREPARE_WIDTH = 16;

export async function sealScaling(plan: SealPlan): Promise<SealFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-bench-scale-'));
  const script = CpuCgroup.joinScript(dir);
  const most = Math.max(...plan.workerCounts);
  const groups = Array.from({ length: most }, (_, i) =>
    CpuCgroup.create(`saraban-bench-worker-${i + 1}`),
  );
  // Local disk: the cluster shares one data folder unless the tier's S3 settings are present.
  delete process.env.S3_ENDPOINT;
  const cluster = await Cluster.start(1, {
    env: QUIET_ENV,
    workerEnv: (n) => groups[n - 1].joinEnv(script),
  });
  try {
    const tokens = await signIn(cluster.front);
    const total = plan.workerCounts.reduce(
      (sum, w) => sum + w * (plan.docsPerWorker + plan.warmupPerWorker),
      0,
    );
    const t0 = performance.now();
    const numbers = Array.from({ length: total }, (_, i) => i + 1);
    const memos = await inBatches(numbers, PREPARE_WIDTH, (n) =>
      toDirectorStep(cluster.direct[0], tokens, n),
    );
    await drained(cluster);
    console.log(`${total} memos waiting on the director in ${seconds(t0)} s`);
    const figures: SealFigures[] = [];
    for (const workers of plan.workerCounts) {
      while (cluster.workers.length < workers) await cluster.addWorker();
      const active = groups.slice(0, workers);
      for (const g of active) g.setShare(plan.share);
      await sealBatch(cluster, tokens, memos.splice(0, workers * plan.warmupPerWorker), plan);
      const measured = await timedBatch(cluster, tokens, active, plan, workers, memos);
      console.log(
        `${workers} worker(s): ${measured.docsPerSecond.toFixed(2)} docs/s, ${measured.cpuMsPerDoc.toFixed(0)} CPU ms/doc`,
      );
      figures.push(measured);
    }
    return figures;
  } finally {
    await cluster.stop();
    for (const g of groups) g.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function timedBatch(
  cluster: Cluster,
  tokens: Tokens,
  active: CpuCgroup[],
  plan: SealPlan,
  workers: number,
  memos: MemoJson[],
): Promise<SealFigures> {
  const batch = memos.splice(0, workers * plan.docsPerWorker);
  const load1 = loadavg()[0];
  const cpuBefore = active.reduce((sum, g) => sum + g.usageMs(), 0);
  const throttledBefore = active.reduce((sum, g) => sum + g.throttled().periods, 0);
  const apiBefore = processCpuMs(cluster.apis[0].pid);
  const { load, sealedMs } = await sealBatch(cluster, tokens, batch, plan);
  const cpuMs = active.reduce((sum, g) => sum + g.usageMs(), 0) - cpuBefore;
  const apiCpuMs = processCpuMs(cluster.apis[0].pid) - apiBefore;
  const wallMs = load.drainedMs;
  return {
    workers,
    docs: batch.length,
    seconds: sealedMs / 1000,
    docsPerSecond: batch.length / (sealedMs / 1000),
    cpuMsPerDoc: cpuMs / batch.length,
    apiCpuMsPerDoc: apiCpuMs / batch.length,
    coresUsed: cpuMs / wallMs,
    quotaUsed: cpuMs / wallMs / (workers * plan.share),
    throttledPeriods: active.reduce((sum, g) => sum + g.throttled().periods, 0) - throttledBefore,
    approveP50Ms: load.result.p50Ms,
    approveP95Ms: load.result.p95Ms,
    approveErrors: load.result.errors,
    loadAverage: [load1, loadavg()[0]],
  };
}

/**
 * The director approves every memo of `batch` (`clients` at a time, one API instance); returns
 * when all are sealed (`sealedMs` from the first approval) and the outbox is empty.
 */
async function sealBatch(cluster: Cluster, tokens: Tokens, batch: MemoJson[], plan: SealPlan) {
  const ids = batch.map((m) => m.id);
  const queue = [...batch];
  const started = performance.now();
  const approving = drive(cluster.direct[0].baseUrl, plan.clients, DRAIN_TIMEOUT_MS, () => {
    const memo = queue.shift();
    if (!memo) return null;
    const body = { version: memo.version };
    return { method: 'POST', path: `/api/memos/${memo.id}/approve`, token: tokens.director, body };
  });
  while ((await sealedCount(cluster.db, ids)) < ids.length) {
    if (performance.now() - started > DRAIN_TIMEOUT_MS)
      throw new Error(`not all ${ids.length} sealed in time:\n${cluster.logs()}`);
    await sleep(100);
  }
  const sealedMs = performance.now() - started;
  const result: LoadResult = await approving;
  if (result.ok !== ids.length)
    throw new Error(`approvals answered ${JSON.stringify(result.errors)}:\n${cluster.logs()}`);
  await drained(cluster);
  return { sealedMs, load: { result, drainedMs: performance.now() - started } };
}

/** Waits until every outbox event is delivered (notices and proposals too, not only seals). */
async function drained(cluster: Cluster): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const [row] = await cluster.db.query(
      'SELECT COUNT(*) AS n FROM outbox_event WHERE completed_at IS NULL',
    );
    if (Number(row.n) === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${Number(row.n)} outbox events undelivered:\n${cluster.logs()}`);
    await sleep(100);
  }
}
