// The throwaway MariaDB/MySQL database made by mysql.global-setup.ts for this run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './env.common';

const url = process.env.SARABAN_TEST_DATABASE_URL;
if (!url) throw new Error('mysql.global-setup.ts did not run: SARABAN_TEST_DATABASE_URL is unset');
process.env.DATABASE_URL = url;
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'saraban-test-'));
