import { Logger } from '@nestjs/common';
import type { Page } from 'puppeteer';
import { closeChromium, launchChromium, openPage, type LaunchedChromium } from './chromium';
import { sweepOrphanedChromium } from './orphans';

export interface RunningBrowser extends LaunchedChromium {
  /** Increases with every launch; pages remember the one they belong to. */
  generation: number;
}

export type BrowserState = 'idle' | 'starting' | 'running' | 'failed' | 'closed';

/**
 * Owns the one long-lived Chromium (RENDERING.md #1): launched on first use, replaced after a
 * crash, a disconnect or a hang, closed on shutdown.
 */
export class BrowserHost {
  private readonly logger = new Logger('BrowserHost');
  private launching?: Promise<RunningBrowser>;
  private running?: RunningBrowser;
  private generation = 0;
  private closed = false;
  private failedLaunch = false;
  restarts = 0;

  constructor(
    private readonly executablePath: () => string,
    private readonly timeoutMs: number,
  ) {}

  /** The running browser, launching one when there is none. */
  current(): Promise<RunningBrowser> {
    if (this.closed) return Promise.reject(new Error('The renderer is shut down'));
    this.launching ??= this.launch();
    return this.launching;
  }

  /** Replaces the browser of `generation`, unless that already happened. */
  async discard(generation: number, reason: string): Promise<void> {
    const current = this.running;
    if (!current || current.generation !== generation) return;
    this.running = undefined;
    this.launching = undefined;
    this.restarts++;
    this.logger.warn(`Chromium replaced after ${reason} (restart ${this.restarts})`);
    await closeChromium(current, 2000);
  }

  /** A new page of that browser. */
  newPage(running: RunningBrowser): Promise<Page> {
    return openPage(running, this.timeoutMs);
  }

  pid(): number | undefined {
    return this.running?.browser.process()?.pid;
  }

  state(): BrowserState {
    if (this.closed) return 'closed';
    if (this.running) return 'running';
    if (this.launching) return 'starting';
    return this.failedLaunch ? 'failed' : 'idle';
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = await this.launching?.catch(() => undefined);
    this.running = undefined;
    this.launching = undefined;
    if (current) await closeChromium(current, 5000);
  }

  private async launch(): Promise<RunningBrowser> {
    const generation = ++this.generation;
    const started = Date.now();
    try {
      const executable = this.executablePath();
      await this.sweepOrphans();
      const launched = await launchChromium(executable, this.timeoutMs);
      const current = { ...launched, generation };
      launched.browser.once('disconnected', () => {
        void this.discard(generation, 'a disconnect');
      });
      this.running = current;
      this.failedLaunch = false;
      this.logger.log(
        `Chromium ${generation} (${executable}) started in ${Date.now() - started} ms`,
      );
      if (this.closed) await closeChromium(current, 2000);
      return current;
    } catch (error) {
      this.launching = undefined;
      this.failedLaunch = true;
      throw error;
    }
  }

  /** Before each launch: browsers and profiles of servers that were killed (orphans.ts). */
  private async sweepOrphans(): Promise<void> {
    const { killed, removed } = await sweepOrphanedChromium();
    if (killed.length === 0 && removed.length === 0) return;
    const processes = killed.length > 0 ? `Chromium ${killed.join(', ')}` : 'no Chromium';
    this.logger.warn(`Cleared what dead servers left: ${processes}, ${removed.length} profiles`);
  }
}
