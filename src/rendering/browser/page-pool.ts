import type { Page } from 'puppeteer';
import type { BrowserHost } from './browser-host';

export interface PageLease {
  page: Page;
  generation: number;
  uses: number;
}

/**
 * Reused pages of the current browser (RENDERING.md #1). The caller bounds how many are out at
 * once; a page goes back to the pool unless it failed, belongs to a replaced browser, or has
 * served `recycleAfter` documents.
 */
export class PagePool {
  private idle: PageLease[] = [];
  recycled = 0;

  constructor(
    private readonly host: BrowserHost,
    private readonly prepare: (page: Page) => Promise<void>,
    private readonly recycleAfter: number,
  ) {}

  async acquire(): Promise<PageLease> {
    const running = await this.host.current();
    const { generation } = running;
    let lease: PageLease | undefined;
    while ((lease = this.idle.pop())) {
      if (lease.generation === generation && !lease.page.isClosed()) return lease;
      this.close(lease);
    }
    const page = await this.host.newPage(running);
    try {
      await this.prepare(page);
    } catch (error) {
      this.close({ page, generation, uses: 0 });
      throw error;
    }
    return { page, generation, uses: 0 };
  }

  release(lease: PageLease, healthy: boolean): void {
    lease.uses++;
    if (healthy && lease.uses < this.recycleAfter && !lease.page.isClosed()) {
      this.idle.push(lease);
      return;
    }
    if (healthy) this.recycled++;
    this.close(lease);
  }

  /** Forgets every idle page; their browser is being closed. */
  clear(): void {
    this.idle = [];
  }

  get idleCount(): number {
    return this.idle.length;
  }

  private close(lease: PageLease): void {
    if (!lease.page.isClosed()) lease.page.close().catch(() => undefined);
  }
}
