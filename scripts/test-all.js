#!/usr/bin/env node
// `npm run test:all`: the same bootstrapping as `npm run up`, then every tier in turn.
// Prints one line per tier and, last, the totals as `N passed, N failed`.
'use strict';
const { randomBytes } = require('node:crypto');
const { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { say, run, root, ensureDependencies, ensureBuild } = require('./lib/run');

const RESULTS = join(root, 'test-results');

// A tier that hangs (a leaked handle, a stuck browser) is stopped and counted as failed rather
// than holding CI until its deadline.
const TIER_TIMEOUT_MS = 20 * 60 * 1000;

// Tiers whose files share nothing (each has its own database: its own SQLite file, or its Jest
// worker's MariaDB database) may run several files at a time: TEST_TIER_WORKERS, default 1. On
// the two-core CI machine two at a time made each file 1.3-2.7x slower (e2e) and browser files
// 3x slower: one file already keeps both cores busy (Node, MariaDB or Chromium).
const PARALLEL_TIERS = new Set(['e2e-mysql', 'e2e-sqlite', 'browser']);
const TIER_WORKERS = process.env.TEST_TIER_WORKERS || '1';

function jestTier(name, env) {
  const out = join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const args = ['jest', '--selectProjects', name, '--json', `--outputFile=${out}`];
  if (PARALLEL_TIERS.has(name)) args.push(`--maxWorkers=${TIER_WORKERS}`);
  const t0 = Date.now();
  run('npx', [...args, '--passWithNoTests', '--forceExit'], {
    allowFailure: true,
    env: { ...process.env, ...env },
    timeout: TIER_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  // Printed with the totals: CI has a time budget, and this shows where it goes.
  say(`${name}: ${Math.round((Date.now() - t0) / 1000)} s`);
  if (!existsSync(out)) return { name, passed: 0, failed: 1, note: 'jest produced no report' };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails to load has no failed tests; count it so it cannot pass silently.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return { name, passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites };
}

// The crash tier kills the compiled server (dist/), so it is built first; it makes its own
// MariaDB databases (TEST_DATABASE_URL) and skips those runs loudly when there is no server.
function crashTier() {
  try {
    ensureBuild();
  } catch (error) {
    return { name: 'crash', passed: 0, failed: 1, note: `build failed: ${error.message}` };
  }
  return jestTier('crash');
}

// The scale tier runs against real distributed parts on loopback: the S3 server is OpenStack
// Swift from Debian packages (scripts/swift-s3), started here and stopped afterwards.
const SWIFT_DIR = process.env.SWIFT_S3_DIR || '/var/tmp/saraban-swift-s3';

/** Whether start.sh's proxy already runs (a developer's server): then it is left running. */
function swiftRunning() {
  try {
    process.kill(Number(readFileSync(join(SWIFT_DIR, 'run', 'proxy-server.pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the S3 server; its S3_* assignments (stdout's last lines) or why it did not start. */
function startS3Server() {
  say('scale: starting the S3 server (scripts/swift-s3/start.sh)…');
  const result = spawnSync('bash', ['scripts/swift-s3/start.sh'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 10 * 60 * 1000, // a first run installs the Debian packages
  });
  const env = {};
  for (const line of (result.stdout || '').split('\n')) {
    const match = /^(S3_[A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  if (result.status !== 0 || !env.S3_ENDPOINT) {
    return { error: `scripts/swift-s3/start.sh failed (status ${result.status})` };
  }
  return { env };
}

function scaleTier() {
  const wasRunning = swiftRunning();
  const stop = () =>
    wasRunning || run('bash', ['scripts/swift-s3/stop.sh'], { allowFailure: true });
  const server = startS3Server();
  if (server.error) {
    stop(); // whatever part of it did start
    if (process.env.CI) return { name: 'scale', passed: 0, failed: 1, note: server.error };
    say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    say(`!!! scale tier SKIPPED: ${server.error} (its [swift-s3] lines above say why)`);
    say('!!! It needs the Debian packages swift, swift-proxy, swift-account, swift-container,');
    say('!!! swift-object and memcached (start.sh installs them when run as root).');
    say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    return { name: 'scale', passed: 0, failed: 0, note: 'SKIPPED: no S3 server', skipped: true };
  }
  try {
    // One bucket name per run; the specs add a suffix per store and delete what they made.
    const bucket = `saraban-test-${randomBytes(4).toString('hex')}`;
    return jestTier('scale', { ...server.env, S3_BUCKET: bucket });
  } finally {
    // The state dir stays: the next start skips building the rings, and its log/ explains a
    // failure. stop.sh --purge removes it.
    stop();
  }
}

/** Runs a check to its end, keeping its output to print in one piece: checks run side by side. */
function checkAsync(label, args) {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('close', (status) => resolve({ label, ok: status === 0, output }));
  });
}

// tsc and type-aware ESLint each spend most of a minute building the same program; on two cores
// they run at the same time, with Prettier.
async function staticTier() {
  const t0 = Date.now();
  const results = await Promise.all([
    checkAsync('typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
    checkAsync('lint', ['eslint', '.', '--max-warnings', '0']),
    checkAsync('format', ['prettier', '--check', '.']),
  ]);
  for (const r of results) {
    say(`static: ${r.label} ${r.ok ? 'passed' : 'FAILED'}`);
    if (!r.ok) process.stdout.write(Buffer.concat(r.output));
  }
  say(`static: ${Math.round((Date.now() - t0) / 1000)} s`);
  const passed = results.filter((r) => r.ok).length;
  return { name: 'static', passed, failed: results.length - passed };
}

async function mysqlDatabase() {
  require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
  const setup = require(join(root, 'test/support/mysql.global-setup.ts')).default;
  const teardown = require(join(root, 'test/support/mysql.global-teardown.ts')).default;
  try {
    await setup();
  } catch (error) {
    if (process.env.CI) {
      throw new Error(`MySQL/MariaDB is required in CI and is not reachable: ${error.message}`);
    }
    say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    say(`!!! MySQL tier SKIPPED: ${error.message}`);
    say('!!! Set TEST_DATABASE_URL=mysql://user:pass@host:3306 to run it.');
    say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    return undefined;
  }
  return { url: process.env.SARABAN_TEST_DATABASE_URL, teardown };
}

async function main() {
  ensureDependencies();
  const { ensureChromium } = require('./lib/chromium');
  ensureChromium();
  mkdirSync(RESULTS, { recursive: true });
  const started = Date.now();
  const tiers = [await staticTier(), jestTier('unit'), jestTier('render')];
  const mysql = await mysqlDatabase();
  if (mysql) {
    try {
      const env = { SARABAN_TEST_DATABASE_URL: mysql.url };
      tiers.push(jestTier('service', env), jestTier('e2e-mysql', env));
    } finally {
      await mysql.teardown();
    }
  }
  tiers.push(jestTier('e2e-sqlite'), crashTier(), scaleTier(), jestTier('browser'));
  const total = tiers.reduce(
    (acc, t) => ({ passed: acc.passed + t.passed, failed: acc.failed + t.failed }),
    { passed: 0, failed: 0 },
  );
  say(`Tiers (${Math.round((Date.now() - started) / 1000)} s):`);
  for (const t of tiers)
    say(
      `  ${t.name.padEnd(11)} ${t.passed} passed, ${t.failed} failed${t.note ? ` (${t.note})` : ''}`,
    );
  if (!mysql) say('  service, e2e-mysql, crash on MariaDB: SKIPPED (no MySQL/MariaDB)');
  if (tiers.some((t) => t.skipped)) say('  scale: SKIPPED (no S3 server)');
  const line = `${total.passed} passed, ${total.failed} failed`;
  writeFileSync(join(RESULTS, 'totals.txt'), `${line}\n`);
  console.log(line);
  process.exit(total.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`\n[saraban] ${error.message}`);
  writeFileSync(join(RESULTS, 'totals.txt'), '0 passed, 1 failed\n');
  console.log('0 passed, 1 failed');
  process.exit(1);
});
