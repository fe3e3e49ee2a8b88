// Finds a Chromium for Puppeteer, in the order the README promises:
// PUPPETEER_EXECUTABLE_PATH, a system Chromium, Puppeteer's own download, apt-get (as root).
'use strict';
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { say, run, root } = require('./run');

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

// The renderer's preferred browser (src/rendering/browser/chromium.ts SYSTEM_HEADLESS_SHELL).
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

function works(path) {
  if (!path || !existsSync(path)) return false;
  const r = spawnSync(path, ['--headless', '--no-sandbox', '--version'], {
    encoding: 'utf8',
    timeout: 20000,
  });
  return r.status === 0;
}

function systemChromium() {
  return SYSTEM_PATHS.find(works);
}

function puppeteerDownload() {
  say('Trying Puppeteer’s own browser download…');
  const ok = run('npx', ['puppeteer', 'browsers', 'install', 'chrome-headless-shell'], {
    allowFailure: true,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '' },
    timeout: 180000,
  });
  if (!ok) return undefined;
  try {
    const puppeteer = require(require.resolve('puppeteer', { paths: [root] }));
    const path = puppeteer.executablePath('chrome-headless-shell');
    return works(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function aptInstall() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  if (spawnSync('which', ['apt-get']).status !== 0) return undefined;
  say('Installing Chromium and its headless shell with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { allowFailure: true, env });
  const packages = ['chromium', 'chromium-headless-shell'];
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    allowFailure: true,
    env,
  });
  return systemChromium();
}

/** Sets PUPPETEER_EXECUTABLE_PATH for child processes, or explains what to do. */
function ensureChromium() {
  const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (works(configured)) return configured;
    throw new Error(`PUPPETEER_EXECUTABLE_PATH=${configured} does not start; fix or unset it.`);
  }
  const found = systemChromium() || puppeteerDownload() || aptInstall();
  if (!found) {
    throw new Error(
      'No Chromium found for PDF rendering. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary.',
    );
  }
  process.env.PUPPETEER_EXECUTABLE_PATH = found;
  say(`Chromium: ${found}`);
  if (!process.env.RENDER_CHROMIUM_PATH && !existsSync(HEADLESS_SHELL)) {
    say(
      'PDF rendering uses the full Chromium: `apt-get install chromium-headless-shell` prints ' +
        'about twice as fast (bench/README.md).',
    );
  }
  return found;
}

module.exports = { ensureChromium };
