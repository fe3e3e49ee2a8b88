// The crash tier runs the compiled server: build it when stale, and find MariaDB/MySQL.
import { spawnSync } from 'node:child_process';
import { probeServer } from '../../support/mysql-server';
import { assertBuilt, ROOT } from './server';

/** Which databases the tier runs on: CRASH_DATABASES=sqlite,mariadb (the default). */
export const wantedDatabases = (): string[] =>
  (process.env.CRASH_DATABASES ?? 'sqlite,mariadb').split(',').map((s) => s.trim());

export default async function setup(): Promise<void> {
  buildServer();
  if (!wantedDatabases().includes('mariadb')) return;
  try {
    process.env.SARABAN_CRASH_MARIADB = (await probeServer()).version;
  } catch (error) {
    if (process.env.CI) throw new Error(`MySQL/MariaDB is required in CI: ${String(error)}`);
    console.warn(
      `\n!!! crash tier: MariaDB runs SKIPPED, no server at TEST_DATABASE_URL: ${String(error)}\n`,
    );
  }
}

/** scripts/lib/run.js ensureBuild(): a no-op when dist/ is newer than every source. */
function buildServer(): void {
  if (!process.env.CRASH_SERVER_ROOT) {
    const build = spawnSync(
      process.execPath,
      ['-e', "require('./scripts/lib/run').ensureBuild()"],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (build.status !== 0)
      throw new Error('the crash tier needs the compiled server: build failed');
  }
  assertBuilt(); // CRASH_SERVER_ROOT: that checkout is built by whoever points here
}
