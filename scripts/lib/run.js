// Small process helpers shared by `npm run up`, `npm run test:all` and the benchmarks.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function say(message) {
  process.stdout.write(`\x1b[1m[saraban]\x1b[0m ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
  }
  return result.status === 0;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** npm ci when node_modules is missing or older than the lock file. */
function ensureDependencies() {
  const modules = join(root, 'node_modules');
  const lock = join(root, 'package-lock.json');
  if (
    existsSync(join(modules, '.package-lock.json')) &&
    newestMtime(join(modules, '.package-lock.json')) >= newestMtime(lock)
  ) {
    return;
  }
  say('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Compiles to dist/ when any source is newer than the last build. */
function ensureBuild() {
  const built = newestMtime(join(root, 'dist', 'src', 'main.js'));
  const sources = Math.max(
    ...['src', 'migrations', 'ormconfig.ts', 'tsconfig.json', 'tsconfig.build.json'].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  if (built >= sources) return;
  say('Building…');
  run('npx', ['nest', 'build']);
}

module.exports = { root, say, run, ensureDependencies, ensureBuild };
