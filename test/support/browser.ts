// The browser tier: the real application listening on a loopback port, driven by headless
// Chromium through Puppeteer, with every console error and failed request collected.
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type HTTPResponse, type Page } from 'puppeteer';
import { findChromium } from '../../src/rendering/browser/chromium';
import { DemoSeedService } from '../../src/seed/demo-seed.service';
import { createTestApp, TestApp } from './app';

export const DEMO_PASSWORD = 'saraban-demo';

export const PHONE = {
  width: 390,
  height: 844,
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP = { width: 1366, height: 900, deviceScaleFactor: 1 };
export type Viewport = typeof PHONE | typeof DESKTOP;

export interface WebApp extends TestApp {
  baseUrl: string;
}

/** The app with the demo office seeded (officer, head, deputy, director, deputy2, …). */
export async function startWebApp(): Promise<WebApp> {
  const t = await createTestApp();
  await t.app.get(DemoSeedService).seedDemoOffice();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { ...t, baseUrl: `http://127.0.0.1:${port}` };
}

/** The demo web app and a headless browser for a test file: started before it, stopped after. */
export function useWebApp(): { readonly app: WebApp; readonly browser: Browser } {
  const web = {} as { app: WebApp; browser: Browser };
  beforeAll(async () => {
    [web.app, web.browser] = await Promise.all([startWebApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await web.browser?.close();
    await web.app?.close();
  });
  return web;
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(process.env.PUPPETEER_EXECUTABLE_PATH),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      // The PDF viewer as an out-of-process frame races Puppeteer's frame tracking: now and
      // then an evaluate on the memo page waited forever for a context (puppeteer#10715).
      '--disable-features=PdfOopif',
    ],
  });
}

/** What went wrong in a page while a test drove it: console errors, failed or 5xx requests. */
export interface PageProblems {
  console: string[];
  requests: string[];
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** Every URL the page asked for, in order. */
  urls: string[];
  /** Status codes a test expects for some requests (e.g. a 409 after a stale approval). */
  expectStatus: (pathPattern: RegExp, status: number) => void;
}

/** A fresh incognito-like context (own cookies) with a viewport, watched for problems. */
export async function openPage(browser: Browser, viewport: Viewport): Promise<WatchedPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Puppeteer's 30 s default is short on a busy 2-core machine (a PDF render behind other work).
  page.setDefaultTimeout(60_000);
  await page.setViewport(viewport);
  const problems: PageProblems = { console: [], requests: [] };
  const expected: Array<{ pattern: RegExp; status: number }> = [];
  const urls: string[] = [];
  const isExpected = (url: string | undefined, status?: number) => {
    if (!url || !url.startsWith('http')) return false;
    const path = new URL(url).pathname;
    return expected.some(
      (e) => e.pattern.test(path) && (status === undefined || e.status === status),
    );
  };
  page.on('request', (req) => urls.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs every 4xx page load; the ones a test asked for are not problems.
    const loadError = msg.text().startsWith('Failed to load resource');
    if (loadError && isExpected(msg.location()?.url)) return;
    problems.console.push(msg.text());
  });
  page.on('pageerror', (error) => problems.console.push(String(error)));
  page.on('requestfailed', (req) => {
    // Chromium's own PDF viewer (an extension frame inside the PDF iframe) is not the app's.
    if (req.url().startsWith('chrome-extension://')) return;
    // A PDF frame still loading when the test moves on to the next page is cut off, not broken.
    const cutOff =
      req.failure()?.errorText === 'net::ERR_ABORTED' && req.frame() !== page.mainFrame();
    if (cutOff) return;
    problems.requests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (res: HTTPResponse) => {
    if (res.status() >= 400 && !isExpected(res.url(), res.status())) {
      problems.requests.push(`${res.request().method()} ${res.url()}: ${res.status()}`);
    }
  });
  return {
    page,
    problems,
    urls,
    expectStatus: (pattern, status) => expected.push({ pattern, status }),
  };
}

/**
 * The pages a test opens, closed after each test; a console error or a failed request on any of
 * them fails that test.
 */
export function watchPagesPerTest(): WatchedPage[] {
  const opened: WatchedPage[] = [];
  afterEach(async () => {
    const problems = opened.flatMap((w) => [...w.problems.console, ...w.problems.requests]);
    await Promise.all(opened.splice(0).map((w) => w.page.browserContext().close()));
    expect(problems).toEqual([]);
  });
  return opened;
}

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.type('input[name="username"]', username);
  await page.type('input[name="password"]', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
}

/** A new page (its own browser context) signed in as `username`, checked and closed per test. */
export async function signedInPage(
  web: { readonly app: WebApp; readonly browser: Browser },
  opened: WatchedPage[],
  username: string,
  viewport: Viewport = DESKTOP,
): Promise<WatchedPage> {
  const w = await openPage(web.browser, viewport);
  opened.push(w);
  await signIn(w.page, web.app.baseUrl, username);
  return w;
}

export async function signOut(page: Page): Promise<void> {
  await page.click('.account summary');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/signout"] button')]);
}

/** Clicks and waits for the navigation the click starts (a link or a form post). */
export async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

export const text = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText);
