// `npm run bench sweep [-- --memos=1000000 --orgs=245 --runs=3]`
// The scheduler's reminder sweep over every office's backlog, on the million-memo database of
// `npm run bench api`. It runs at a moment when nothing is due yet (before the earliest waiting
// step, before the digest hour), so it reads what every minute's sweep reads and writes nothing
// into the shared database. Writes the `sweep` section of bench/results.json; `--label=before`
// keeps a run of older code beside it (`sweep.before`).
import 'reflect-metadata';
import type { RowDataPacket } from 'mysql2';
import { numberFlag } from './lib/args';
import { BenchDatabase } from './lib/bench-db';
import { printTable, readSection, writeSection } from './lib/results';

const plan = { memos: numberFlag('memos', 1_000_000), orgs: numberFlag('orgs', 245) };
const runs = numberFlag('runs', 3);
const label = process.argv.find((a) => a.startsWith('--label='))?.slice(8) ?? 'after';
const bench = new BenchDatabase(plan);

interface SweepResult {
  memos: number;
  memosInReview: number;
  sweepMs: number[];
  bestSweepMs: number;
}

/** 00:30 in Bangkok on the day the earliest waiting step began: before anything is due. */
async function quietMoment(): Promise<Date> {
  const [row] = await bench.sql<RowDataPacket & { first: Date }>(
    `SELECT MIN(s.activated_at) AS first FROM memo m JOIN memo_step s ON s.org_id = m.org_id
       AND s.memo_id = m.id AND s.round = m.round AND s.step_order = m.current_step_order
     WHERE m.status = 'in_review'`,
  );
  const bangkokDay = new Date(new Date(row.first).getTime() + 7 * 3_600_000)
    .toISOString()
    .slice(0, 10);
  return new Date(`${bangkokDay}T00:30:00+07:00`);
}

async function main() {
  await bench.ensureSeeded();
  const app = await bench.appContext();
  try {
    const { DataSource } = await import('typeorm');
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    const { ReminderSweep } = await import('../src/reminders/reminder-sweep');
    const sweep = app.get(ReminderSweep);
    const [waiting] = await bench.sql<RowDataPacket & { n: number }>(
      `SELECT COUNT(*) AS n FROM memo WHERE status = 'in_review'`,
    );
    const now = await quietMoment();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const sent = await sweep.run(now);
      times.push(performance.now() - t0);
      if (sent !== 0) throw new Error(`the sweep at ${now.toISOString()} sent ${sent}`);
    }
    const result: SweepResult = {
      memos: plan.memos,
      memosInReview: Number(waiting.n),
      sweepMs: times.map(Math.round),
      bestSweepMs: Math.round(Math.min(...times)),
    };
    report(result);
  } finally {
    await app.close();
  }
}

function report(result: SweepResult) {
  const previous = readSection('sweep');
  const before = (label === 'before' ? result : previous.before) as SweepResult | undefined;
  const after = label === 'before' ? (previous as Partial<SweepResult>) : result;
  writeSection('sweep', { ...after, ...(before && { before }) });
  const ratio = before && after.bestSweepMs ? before.bestSweepMs / after.bestSweepMs : null;
  printTable('Reminder sweep, nothing due (ms)', [
    { code: 'before', best: before?.bestSweepMs ?? null, runs: (before?.sweepMs ?? []).join(', ') },
    { code: 'after', best: after.bestSweepMs ?? null, runs: (after.sweepMs ?? []).join(', ') },
    { code: 'before / after', best: ratio === null ? null : Number(ratio.toFixed(1)), runs: '' },
  ]);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
