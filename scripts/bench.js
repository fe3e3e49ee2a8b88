#!/usr/bin/env node
// `npm run bench [name…]`: runs bench/<name>.bench.ts (all of them by default), each of which
// merges its figures into bench/results.json and prints a table.
'use strict';
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { say, run, root, ensureDependencies, ensureBuild } = require('./lib/run');

ensureDependencies();
const { ensureChromium } = require('./lib/chromium');
ensureChromium();
ensureBuild();
const available = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = wanted.length > 0 ? wanted : available;
for (const name of selected) {
  if (!available.includes(name))
    throw new Error(`No bench/${name}.bench.ts (have: ${available.join(', ')})`);
  say(`bench: ${name}`);
  run('npx', [
    'ts-node',
    '--transpile-only',
    join('bench', `${name}.bench.ts`),
    ...process.argv.slice(2).filter((a) => a.startsWith('-')),
  ]);
}
say('Figures written to bench/results.json');
