#!/usr/bin/env node
// `npm run up`: install, find Chromium, build, migrate, seed the demo office (not in production
// unless SEED_DEMO=true), serve.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { say, run, root, ensureDependencies, ensureBuild } = require('./lib/run');

async function waitForHealth(url, child) {
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function main() {
  ensureDependencies();
  const { ensureChromium } = require('./lib/chromium');
  ensureChromium();
  ensureBuild();
  const where = process.env.DATABASE_URL
    ? 'MySQL/MariaDB (DATABASE_URL)'
    : `embedded SQLite in ${process.env.DATA_DIR ?? './data'}`;
  say(`Database: ${where}`);
  // The settings as the app reads them; the CLI applies the same rule to seeding.
  const { validateEnvironment, demoSeedingAllowed } = require(
    join(root, 'dist/src/config/environment.js'),
  );
  const env = validateEnvironment(process.env);
  run('node', ['dist/src/cli.js', 'migrate']);
  run('node', ['dist/src/cli.js', 'seed-demo']);
  const port = process.env.PORT ?? '3000';
  const url = process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`;
  const child = spawn('node', [join(root, 'dist/src/main.js')], {
    stdio: 'inherit',
    cwd: root,
    env: process.env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
  if (await waitForHealth(url, child)) {
    say(`Saraban is up: ${url}   (API docs: ${url}/api/docs)`);
    if (!demoSeedingAllowed(env)) return;
    const { DEMO_LOGINS } = require(join(root, 'dist/src/seed/demo-office.js'));
    say(`Demo logins (password "${env.DEMO_PASSWORD}"):`);
    for (const [username, role] of DEMO_LOGINS) say(`  ${username.padEnd(10)} ${role}`);
  }
}

main().catch((error) => {
  console.error(`\n[saraban] ${error.message}`);
  process.exit(1);
});
