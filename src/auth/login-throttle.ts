import { Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';

/** Each address may fail this many times more often than one account. */
const ADDRESS_FACTOR = 10;

/**
 * Failures per key in a sliding window, in memory like @nestjs/throttler's own store (so one
 * process; several instances would need a shared store). Its ThrottlerStorage only counts up,
 * and counting failures only needs to read a count and to take one back.
 */
export class FailureWindow {
  /** For each key, the times at which its counted failures stop counting, oldest first. */
  private readonly entries = new Map<string, number[]>();
  private nextSweep = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly cap: number,
  ) {}

  count(key: string, now: number): number {
    return this.live(key, now).length;
  }

  /** Counts one more failure; `stamp` identifies it for forgive(). */
  add(key: string, now: number): { count: number; stamp: number } {
    this.sweep(now);
    const live = this.live(key, now);
    const stamp = now + this.ttlMs;
    live.push(stamp);
    if (live.length > this.cap) live.shift();
    this.entries.set(key, live);
    return { count: live.length, stamp };
  }

  forgive(key: string, stamp: number): void {
    const live = this.entries.get(key);
    const index = live ? live.indexOf(stamp) : -1;
    if (live && index >= 0) live.splice(index, 1);
  }

  /** Milliseconds until the oldest counted failure stops counting. */
  retryAfterMs(key: string, now: number): number {
    const live = this.live(key, now);
    return live.length > 0 ? live[0] - now : 0;
  }

  private live(key: string, now: number): number[] {
    const live = (this.entries.get(key) ?? []).filter((expiry) => expiry > now);
    if (live.length > 0) this.entries.set(key, live);
    else this.entries.delete(key);
    return live;
  }

  /** Once a window, drops the keys whose failures have all expired: memory stays bounded. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.ttlMs;
    for (const [key, expiries] of this.entries) {
      if (expiries.every((expiry) => expiry <= now)) this.entries.delete(key);
    }
  }
}

/** 429 for a sign-in; the controllers turn `retryAfterSeconds` into a Retry-After header. */
export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', { retryAfterSeconds });
  }
}

/** One sign-in in progress; settle it with exactly one of the two. */
export interface SignInAttempt {
  /** Takes the attempt back: it signed in, or failed before any password was checked. */
  forgive(): void;
  /** Throws SignInThrottled when the address has now failed too often. */
  failed(): void;
}

/**
 * The one sign-in budget shared by the API (POST /api/auth/login) and the web form (POST
 * /signin), both through AuthService.login. Only failures count:
 * - per account (LOGIN_THROTTLE_LIMIT failures per LOGIN_THROTTLE_TTL_MS, from any address):
 *   once spent, every attempt on the account is refused, the right password included, so an
 *   attacker cannot go on guessing and learn the answer from a 200;
 * - per address (ten times as many): once spent, a wrong password is answered 429 but a right
 *   one still signs in, so a flood of failures from one NAT or proxy address (or a spray of one
 *   password over many accounts) never locks out the office. Guessing stays bounded by the
 *   per-account budget.
 */
@Injectable()
export class LoginThrottle {
  private readonly accountLimit: number;
  private readonly addressLimit: number;
  private readonly accounts: FailureWindow;
  private readonly addresses: FailureWindow;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    const ttl = config.get('LOGIN_THROTTLE_TTL_MS');
    this.accountLimit = config.get('LOGIN_THROTTLE_LIMIT');
    this.addressLimit = this.accountLimit * ADDRESS_FACTOR;
    this.accounts = new FailureWindow(ttl, this.accountLimit);
    this.addresses = new FailureWindow(ttl, this.addressLimit + 1);
  }

  /**
   * Opens an attempt, refused once the account has spent its budget. The attempt counts as a
   * failure until it is forgiven, so a burst of parallel guesses cannot all pass this check before
   * the first of them has failed.
   */
  begin(username: string, address: string | undefined): SignInAttempt {
    const account = username.toLowerCase();
    const now = this.now();
    if (this.accounts.count(account, now) >= this.accountLimit) {
      throw throttled(this.accounts.retryAfterMs(account, now));
    }
    const { stamp } = this.accounts.add(account, now);
    return {
      forgive: () => this.accounts.forgive(account, stamp),
      failed: () => this.addressFailed(normalizeIp(address ?? '')),
    };
  }

  private addressFailed(address: string): void {
    const now = this.now();
    if (this.addresses.add(address, now).count > this.addressLimit) {
      throw throttled(this.addresses.retryAfterMs(address, now));
    }
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

const throttled = (ms: number): SignInThrottled =>
  new SignInThrottled(Math.max(1, Math.ceil(ms / 1000)));
