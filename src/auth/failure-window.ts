/** What adding a failure did. */
export interface Counted {
  /** False when `limit` failures were counted already: nothing was added. */
  added: boolean;
  /** Failures counted now, this one included when added. */
  count: number;
  /** Identifies the added failure for forgive(); absent when nothing was added. */
  stamp?: string;
  /** Milliseconds until the oldest counted failure stops counting (0 when none counts). */
  retryAfterMs: number;
}

/**
 * Failures per key in a sliding window: each counts for the window's ttl, at most `cap` per key
 * (the oldest make room). `now` comes from the caller's Clock, never from the store, so that
 * tests can move time and every instance agrees on what has expired.
 */
export interface FailureWindow {
  /**
   * Counts one more failure unless `limit` are counted already, as one step: a burst of
   * parallel attempts cannot all pass the check before any of them is counted.
   */
  add(key: string, now: number, limit?: number): Promise<Counted>;
  count(key: string, now: number): Promise<number>;
  /** Takes back exactly the failure `stamp` names; an unknown or expired stamp is ignored. */
  forgive(key: string, stamp: string): Promise<void>;
  /** Milliseconds until the oldest counted failure stops counting. */
  retryAfterMs(key: string, now: number): Promise<number>;
}

/** Where LoginThrottle keeps its windows: this process's memory, or Redis (REDIS_URL). */
export abstract class FailureWindows {
  /** The window called `name` (one per kind of key: accounts, addresses). */
  abstract open(name: string, ttlMs: number, cap: number): FailureWindow;
}

interface Entry {
  expiry: number;
  stamp: string;
}

/**
 * In memory, like @nestjs/throttler's own store: one process only. (Its ThrottlerStorage only
 * counts up, and counting failures needs to refuse beyond a limit and to take one back.)
 */
export class MemoryFailureWindow implements FailureWindow {
  /** For each key, its counted failures, oldest first. */
  private readonly entries = new Map<string, Entry[]>();
  private nextSweep = 0;
  private lastStamp = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly cap: number,
  ) {}

  add(key: string, now: number, limit = Infinity): Promise<Counted> {
    this.sweep(now);
    const live = this.live(key, now);
    if (live.length >= limit) {
      return Promise.resolve({ added: false, count: live.length, retryAfterMs: wait(live, now) });
    }
    const stamp = String(++this.lastStamp);
    live.push({ expiry: now + this.ttlMs, stamp });
    if (live.length > this.cap) live.shift();
    this.entries.set(key, live);
    return Promise.resolve({
      added: true,
      count: live.length,
      stamp,
      retryAfterMs: wait(live, now),
    });
  }

  count(key: string, now: number): Promise<number> {
    return Promise.resolve(this.live(key, now).length);
  }

  forgive(key: string, stamp: string): Promise<void> {
    const live = this.entries.get(key);
    const index = live ? live.findIndex((entry) => entry.stamp === stamp) : -1;
    if (live && index >= 0) live.splice(index, 1);
    return Promise.resolve();
  }

  retryAfterMs(key: string, now: number): Promise<number> {
    return Promise.resolve(wait(this.live(key, now), now));
  }

  private live(key: string, now: number): Entry[] {
    const live = (this.entries.get(key) ?? []).filter((entry) => entry.expiry > now);
    if (live.length > 0) this.entries.set(key, live);
    else this.entries.delete(key);
    return live;
  }

  /** Once a window, drops the keys whose failures have all expired: memory stays bounded. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.ttlMs;
    for (const [key, entries] of this.entries) {
      if (entries.every((entry) => entry.expiry <= now)) this.entries.delete(key);
    }
  }
}

const wait = (live: Entry[], now: number): number => (live.length > 0 ? live[0].expiry - now : 0);

/** The embedded default (no REDIS_URL): every window in this process's memory. */
export class MemoryFailureWindows extends FailureWindows {
  open(_name: string, ttlMs: number, cap: number): FailureWindow {
    return new MemoryFailureWindow(ttlMs, cap);
  }
}
