// The throwaway MariaDB/MySQL database made by mysql.global-setup.ts for this Jest worker: each
// worker has its own, so files running at once never see each other's rows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './env.common';

const urls = (process.env.SARABAN_TEST_DATABASE_URL ?? '').split(' ').filter(Boolean);
if (urls.length === 0)
  throw new Error('mysql.global-setup.ts did not run: SARABAN_TEST_DATABASE_URL is unset');
const worker = Number(process.env.JEST_WORKER_ID ?? 1);
if (worker > urls.length)
  throw new Error(`Jest worker ${worker} has no database: ${urls.length} were made`);
process.env.DATABASE_URL = urls[worker - 1];
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'saraban-test-'));

// The API fuzz cases on MariaDB are not the ones SQLite tries (another seed): together the two
// tiers send six different cases per route. The form fuzz replays the same seed on both.
process.env.FUZZ_SEED ??= '20261125';
process.env.FUZZ_RUNS ??= '3';
