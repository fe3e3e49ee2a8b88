import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';

/** Flags for a headless, quiet Chromium that never phones home (RENDERING.md #3). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Request interception answers before the network, but Chromium still pre-connects for a
  // frame's navigation: send every real connection, loopback included, to a closed port.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
] as const;

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** PUPPETEER_EXECUTABLE_PATH, else a system Chromium, else Puppeteer's own download. */
export function findChromium(configured?: string): string {
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`PUPPETEER_EXECUTABLE_PATH=${configured} does not exist`);
    }
    return configured;
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  const downloaded = bundledChromium();
  if (downloaded) return downloaded;
  throw new Error(
    'No Chromium for PDF rendering: install one (apt-get install chromium) or set ' +
      'PUPPETEER_EXECUTABLE_PATH',
  );
}

function bundledChromium(): string | undefined {
  try {
    const path = puppeteer.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export interface LaunchedChromium {
  browser: Browser;
  /** A fresh profile per launch, removed on close. */
  userDataDir: string;
}

export async function launchChromium(
  executablePath: string,
  timeoutMs: number,
): Promise<LaunchedChromium> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'saraban-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir,
      timeout: timeoutMs,
      // Every CDP call fails after this instead of waiting forever on a hung browser.
      protocolTimeout: timeoutMs,
      // Nest owns the process signals and closes the renderer in its shutdown hook.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, userDataDir };
  } catch (error) {
    removeProfile(userDataDir);
    throw error;
  }
}

/**
 * Removes a profile directory. Chromium's helpers (crashpad, a renderer still exiting) can write
 * into it after the browser process is gone, which makes a plain removal fail with ENOTEMPTY:
 * retry briefly, and never let a leftover temporary directory fail a close. False if it stayed.
 */
export function removeProfile(userDataDir: string): boolean {
  try {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    return true;
  } catch {
    return false;
  }
}

/** Closes gracefully when it can, kills when it must, and removes the profile. */
export async function closeChromium(launched: LaunchedChromium, graceMs: number): Promise<void> {
  const { browser, userDataDir } = launched;
  const child = browser.process();
  const exited =
    child && child.exitCode === null && child.signalCode === null
      ? new Promise<void>((resolve) => child.once('exit', () => resolve()))
      : Promise.resolve();
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  if (!(await within(closed, graceMs))) child?.kill('SIGKILL');
  await within(exited, graceMs);
  removeProfile(userDataDir);
}

/** Whether `work` settled truthy within `ms`. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const outcome = await Promise.race([work.then((v) => v !== false), late]);
  clearTimeout(timer);
  return outcome;
}
