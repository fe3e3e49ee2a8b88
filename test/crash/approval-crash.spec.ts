// Issue 13: the server killed with SIGKILL while 20 final approvals are in flight, restarted on
// the same data. Every approval that committed must end sealed, evidenced and notified exactly
// once, numbered without gaps, printed with the signer of record, and no Chromium may outlive it.
import { mariadbAvailable, type DatabaseKind } from './support/database';
import { wantedDatabases } from './support/global-setup';
import { table } from './support/report';
import { crashPlans, CrashRun } from './support/scenario';

jest.setTimeout(240_000);

const runs: CrashRun[] = [];
afterAll(async () => {
  for (const run of runs) await run.dispose();
});

const kinds = (['sqlite', 'mariadb'] as const).filter((k) => wantedDatabases().includes(k));

describe.each(kinds)('kill -9 during the final approvals on %s', (kind: DatabaseKind) => {
  const test = kind === 'mariadb' && !mariadbAvailable() ? it.skip : it;
  // SQLite takes the kill points from the first, MariaDB from the third (both see 0 ms).
  const plans = crashPlans(kind, kind === 'sqlite' ? 0 : 2);

  test.each(plans)('$label: SIGKILL $killDelayMs ms after the first answer', async (plan) => {
    const run = new CrashRun(plan);
    runs.push(run);
    try {
      const result = await run.execute();
      console.log(result.summary);
      const failed = result.checks.filter((c) => !c.ok);
      if (failed.length > 0)
        throw new Error(
          `${plan.label}: ${failed.length} condition(s) failed\n${table(result.checks)}\n` +
            `${result.summary}\n--- restarted server log (tail) ---\n${result.logTail}`,
        );
    } finally {
      await run.dispose();
    }
  });
});
