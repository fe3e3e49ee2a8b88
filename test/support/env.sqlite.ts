// Each test file gets its own embedded database in a fresh directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './env.common';

delete process.env.DATABASE_URL;
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'saraban-test-'));
