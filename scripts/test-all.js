#!/usr/bin/env node
// `npm run test:all`: the same bootstrapping as `npm run up`, then every tier in turn.
// Prints one line per tier and, last, the totals as `N passed, N failed`.
'use strict';
const { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { say, run, root, ensureDependencies, ensureBuild } = require('./lib/run');

const RESULTS = join(root, 'test-results');

// A tier that hangs (a leaked handle, a stuck browser) is stopped and counted as failed rather
// than holding CI until its deadline.
const TIER_TIMEOUT_MS = 20 * 60 * 1000;

function jestTier(name, env) {
  const out = join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const args = ['jest', '--selectProjects', name, '--json', `--outputFile=${out}`];
  run('npx', [...args, '--passWithNoTests', '--forceExit'], {
    allowFailure: true,
    env: { ...process.env, ...env },
    timeout: TIER_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
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

function staticTier() {
  const checks = [
    ['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['lint', ['eslint', '.', '--max-warnings', '0']],
    ['format', ['prettier', '--check', '.']],
  ];
  let passed = 0;
  for (const [label, args] of checks) {
    say(`static: ${label}`);
    if (run('npx', args, { allowFailure: true })) passed++;
  }
  return { name: 'static', passed, failed: checks.length - passed };
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
  const tiers = [staticTier(), jestTier('unit'), jestTier('render')];
  const mysql = await mysqlDatabase();
  if (mysql) {
    try {
      const env = { SARABAN_TEST_DATABASE_URL: mysql.url };
      tiers.push(jestTier('service', env), jestTier('e2e-mysql', env));
    } finally {
      await mysql.teardown();
    }
  }
  tiers.push(jestTier('e2e-sqlite'), crashTier(), jestTier('browser'));
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
