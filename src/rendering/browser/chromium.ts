import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import puppeteer, { TargetType, type Browser, type CDPSession, type Page } from 'puppeteer';

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
  // The headless shell hints glyph advances to whole pixels by default, which sets Thai text
  // 1.2 % narrower than the full browser and TH Sarabun New do (render/font-metrics.spec.ts).
  '--font-render-hinting=none',
] as const;

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Debian's chromium-headless-shell: the binary itself, because its /usr/bin wrapper runs it as a
 * child instead of exec'ing it, and a hung or crashed browser must be killable by its pid.
 */
export const SYSTEM_HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell'];

/** PUPPETEER_EXECUTABLE_PATH, else a system Chromium, else Puppeteer's own download. */
export function findChromium(configured?: string): string {
  if (configured) return existing(configured, 'PUPPETEER_EXECUTABLE_PATH');
  const found = SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? downloaded();
  if (found) return found;
  throw new Error(
    'No Chromium for PDF rendering: install one (apt-get install chromium) or set ' +
      'PUPPETEER_EXECUTABLE_PATH',
  );
}

export interface RenderChromiumSettings {
  /** RENDER_CHROMIUM_PATH: the renderer's browser, whatever else is installed. */
  render?: string;
  /** PUPPETEER_EXECUTABLE_PATH: the browser for everything else, and the renderer's fallback. */
  general?: string;
}

/**
 * The renderer's browser: RENDER_CHROMIUM_PATH, else a headless shell, else findChromium(). The
 * headless shell prints the same pages (render/headless-shell.spec.ts) at about twice the rate,
 * because it has no desktop browser layers to keep busy (bench/README.md `pdf`).
 */
export function findRenderChromium(settings: RenderChromiumSettings): string {
  if (settings.render) return existing(settings.render, 'RENDER_CHROMIUM_PATH');
  return SYSTEM_HEADLESS_SHELL.find((path) => existsSync(path)) ?? findChromium(settings.general);
}

function existing(path: string, setting: string): string {
  if (!existsSync(path)) throw new Error(`${setting}=${path} does not exist`);
  return path;
}

/** Puppeteer's own download, if there is one. */
function downloaded(): string | undefined {
  try {
    const path = puppeteer.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Chromium's headless shell (chrome-headless-shell): the browser without its desktop layers. */
const isHeadlessShell = (executablePath: string): boolean =>
  /headless[-_]shell$/.test(basename(executablePath));

/**
 * Profiles are `<tmpdir>/saraban-chromium-<pid>-XXXXXX`: the server's pid tells a later start
 * whose profile it is, and whether that server is gone (orphans.ts).
 */
export const PROFILE_PREFIX = 'saraban-chromium-';

export interface LaunchedChromium {
  browser: Browser;
  /** A fresh profile per launch, removed on close. */
  userDataDir: string;
  /** Whether pages can be kept from drawing screen frames (headless shell only). */
  frameControl: boolean;
}

// The headless shell draws a page's screen frames only when asked (HeadlessExperimental): a PDF
// needs none, and drawing them took a sixth of the CPU of a render.
const FRAME_CONTROL_ARGS = ['--enable-begin-frame-control'];

export async function launchChromium(
  executablePath: string,
  timeoutMs: number,
): Promise<LaunchedChromium> {
  const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const shell = isHeadlessShell(executablePath);
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: shell ? 'shell' : true,
      args: [...CHROMIUM_ARGS, ...(shell ? FRAME_CONTROL_ARGS : [])],
      userDataDir,
      timeout: timeoutMs,
      // DevTools over a pipe instead of a port: when the server dies, even by SIGKILL, the pipe
      // closes and Chromium quits with its helpers within a second (render/orphan-browser.spec.ts).
      pipe: true,
      // Every CDP call fails after this instead of waiting forever on a hung browser.
      protocolTimeout: timeoutMs,
      // Nest owns the process signals and closes the renderer in its shutdown hook.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, userDataDir, frameControl: shell };
  } catch (error) {
    removeProfile(userDataDir);
    throw error;
  }
}

/** A new page; one that draws no screen frames where the browser allows it. */
export async function openPage(launched: LaunchedChromium, timeoutMs: number): Promise<Page> {
  const { browser } = launched;
  if (!launched.frameControl) return browser.newPage();
  // Puppeteer's newPage() cannot ask for frame control; a unique blank URL finds the new target.
  const url = `about:blank#${randomUUID()}`;
  const session = await browserSession(browser, timeoutMs);
  const [target] = await Promise.all([
    browser.waitForTarget((t) => t.url() === url, { timeout: timeoutMs }),
    session.send('Target.createTarget', { url, enableBeginFrameControl: true }),
  ]);
  const page = await target.page();
  if (!page) throw new Error('Chromium opened no page');
  return page;
}

// One session to the browser's own target per browser; detaching it stops target discovery.
const browserSessions = new WeakMap<Browser, Promise<CDPSession>>();

function browserSession(browser: Browser, timeoutMs: number): Promise<CDPSession> {
  let session = browserSessions.get(browser);
  if (!session) {
    // Right after launch, Puppeteer may not have listed the browser's own target yet.
    session = browser
      .waitForTarget((target) => target.type() === TargetType.BROWSER, { timeout: timeoutMs })
      .then((target) => target.createCDPSession());
    browserSessions.set(browser, session);
  }
  return session;
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
