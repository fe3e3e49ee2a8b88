// Each test file gets its own embedded database in a fresh directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './env.common';

delete process.env.DATABASE_URL;
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'saraban-test-'));

// The validators do not depend on the database: the embedded tier replays the first of the same
// seeded fuzz cases, and MariaDB (strict mode, its own errors) runs them all. Eight form cases
// are what reaches every upload form past its validation with this seed (the test checks it).
process.env.FUZZ_RUNS ??= '3';
process.env.FUZZ_FORM_RUNS ??= '8';
