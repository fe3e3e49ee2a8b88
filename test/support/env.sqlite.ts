// Each test file gets its own embedded database in a fresh directory: a copy of the run's
// migrated one (sqlite.global-setup.ts) when there is one, else the app migrates an empty one.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './env.common';

delete process.env.DATABASE_URL;
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'saraban-test-'));
if (process.env.SARABAN_SQLITE_TEMPLATE) {
  copyFileSync(process.env.SARABAN_SQLITE_TEMPLATE, join(process.env.DATA_DIR, 'saraban.sqlite'));
}

// The validators do not depend on the database: three API fuzz cases per route here, three others
// on MariaDB (env.mysql.ts). The form fuzz replays the first of MariaDB's cases: eight are what
// reaches every upload form past its validation with this seed (the test checks it).
process.env.FUZZ_RUNS ??= '3';
process.env.FUZZ_FORM_RUNS ??= '8';
