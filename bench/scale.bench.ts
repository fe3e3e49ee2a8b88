// `npm run bench scale [-- --workers=1,2,4 --share=0.25 --docs-per-worker=40 --warmup-per-worker=4
//   --clients=32 --seconds=15 --connections=32 --rounds=2 --api-workers=2 --memos=1000000
//   --orgs=245 --seal-only --api-only]`
// More than one instance (issue 19), on loopback with MariaDB, a private Redis and HAProxy:
// (1) seal throughput of 1, 2 and 4 workers, each in a cgroup held to `share` of one CPU, and
// the processor time per sealed memo; (2) approvals per second through one and two API
// instances on the million-memo database of `npm run bench api`. Needs root (cgroups),
// redis-server and haproxy. Writes the `scale` section of bench/results.json.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { hasFlag, listFlag, numberFlag } from './lib/args';
import { BenchDatabase } from './lib/bench-db';
import { printTable, readSection, writeSection } from './lib/results';
import { approvalScaling, type ApprovalFigures } from './lib/scale-api';
import { sealScaling, type SealFigures } from './lib/scale-seal';

const sealPlan = {
  workerCounts: listFlag('workers', [1, 2, 4]),
  share: numberFlag('share', 0.25),
  docsPerWorker: numberFlag('docs-per-worker', 40),
  warmupPerWorker: numberFlag('warmup-per-worker', 4),
  clients: numberFlag('clients', 32),
};
const apiPlan = {
  seconds: numberFlag('seconds', 15),
  warmupSeconds: numberFlag('warmup-seconds', 3),
  connections: numberFlag('connections', 32),
  rounds: numberFlag('rounds', 2),
  workers: numberFlag('api-workers', 2),
  approvers: numberFlag('approvers', 100),
};
const seedPlan = { memos: numberFlag('memos', 1_000_000), orgs: numberFlag('orgs', 245) };

const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '—');
const load = ([before, after]: [number, number]) => `${before.toFixed(1)}→${after.toFixed(1)}`;

function printSeal(figures: SealFigures[]) {
  const one = figures.find((f) => f.workers === 1);
  printTable(
    `Sealing: workers each held to ${sealPlan.share} CPU, ${sealPlan.clients} approvals in flight, local disk`,
    figures.map((f) => ({
      workers: f.workers,
      docs: f.docs,
      'docs/s': f.docsPerSecond,
      [`vs 1w`]: ratio(f.docsPerSecond, one?.docsPerSecond),
      'CPU ms/doc': f.cpuMsPerDoc,
      'vs 1w ': ratio(f.cpuMsPerDoc, one?.cpuMsPerDoc),
      'API CPU ms/doc': f.apiCpuMsPerDoc,
      'cores used': f.coresUsed,
      'of quota': `${(f.quotaUsed * 100).toFixed(0)} %`,
      throttled: f.throttledPeriods,
      'approve p95 ms': f.approveP95Ms,
      load: load(f.loadAverage),
    })),
  );
}

/** Means of each instance count over the rounds. */
function approvalMeans(figures: ApprovalFigures[]) {
  return [1, 2]
    .map((instances) => figures.filter((f) => f.instances === instances))
    .filter((runs) => runs.length > 0)
    .map((runs) => {
      const mean = (pick: (f: ApprovalFigures) => number) =>
        runs.reduce((s, f) => s + pick(f), 0) / runs.length;
      return {
        instances: runs[0].instances,
        approvalsPerSecond: mean((f) => f.approvalsPerSecond),
        p50Ms: mean((f) => f.p50Ms),
        p95Ms: mean((f) => f.p95Ms),
        p99Ms: mean((f) => f.p99Ms),
      };
    });
}

function printApprovals(figures: ApprovalFigures[], means: ReturnType<typeof approvalMeans>) {
  const one = means.find((m) => m.instances === 1)?.approvalsPerSecond;
  printTable(
    `Approvals at ${seedPlan.memos.toLocaleString()} memos through HAProxy, ${apiPlan.connections} connections, ${apiPlan.seconds} s a run`,
    [
      ...figures.map((f) => ({
        instances: f.instances,
        run: `round ${f.round}`,
        'approvals/s': f.approvalsPerSecond,
        'vs 1 api': ratio(f.approvalsPerSecond, one),
        p50: f.p50Ms,
        p95: f.p95Ms,
        p99: f.p99Ms,
        'API CPU ms': f.apiCpuMsPerApproval,
        'worker CPU ms': f.workerCpuMsPerApproval,
        errors: Object.keys(f.errors).length ? JSON.stringify(f.errors) : 'none',
        load: load(f.loadAverage),
      })),
      ...means.map((m) => ({
        instances: m.instances,
        run: 'mean',
        'approvals/s': m.approvalsPerSecond,
        'vs 1 api': ratio(m.approvalsPerSecond, one),
        p50: m.p50Ms,
        p95: m.p95Ms,
        p99: m.p99Ms,
        'API CPU ms': '',
        'worker CPU ms': '',
        errors: '',
        load: '',
      })),
    ],
  );
}

interface Stored {
  seal?: { figures: SealFigures[]; [setting: string]: unknown };
  approvals?: {
    figures: ApprovalFigures[];
    means: ReturnType<typeof approvalMeans>;
    [setting: string]: unknown;
  };
}

function ratios(stored: Stored) {
  const seal = (w: number) => stored.seal?.figures.find((f) => f.workers === w)?.docsPerSecond;
  const api = (n: number) =>
    stored.approvals?.means.find((m) => m.instances === n)?.approvalsPerSecond;
  const of = (a?: number, b?: number) => (a && b ? a / b : null);
  return {
    '2w/1w': of(seal(2), seal(1)),
    '4w/1w': of(seal(4), seal(1)),
    '2api/1api': of(api(2), api(1)),
  };
}

async function main() {
  const loadAtStart = loadavg();
  const seal = hasFlag('api-only') ? [] : await sealScaling(sealPlan);
  const approvals = hasFlag('seal-only')
    ? []
    : await approvalScaling(new BenchDatabase(seedPlan), apiPlan);
  const means = approvalMeans(approvals);
  // A half left out (--seal-only, --api-only) keeps its figures from the last run.
  const last = readSection('scale') as Stored;
  const stored: Stored = {
    seal: seal.length > 0 ? { ...sealPlan, storage: 'local', figures: seal } : last.seal,
    approvals:
      approvals.length > 0
        ? { ...apiPlan, ...seedPlan, figures: approvals, means }
        : last.approvals,
  };
  writeSection('scale', { ...stored, ratios: ratios(stored), loadAverageAtStart: loadAtStart });
  if (seal.length > 0) printSeal(seal);
  if (approvals.length > 0) printApprovals(approvals, means);
  console.log(
    `\nRatios: ${Object.entries(ratios(stored))
      .map(([k, v]) => `${k} ${v === null ? '—' : v.toFixed(2)}`)
      .join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
