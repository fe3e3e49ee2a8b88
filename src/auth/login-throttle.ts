import { Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { FailureWindow, FailureWindows } from './failure-window';

/** Each address may fail this many times more often than one account. */
const ADDRESS_FACTOR = 10;

/** 429 for a sign-in; the controllers turn `retryAfterSeconds` into a Retry-After header. */
export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', { retryAfterSeconds });
  }
}

/** One sign-in in progress; settle it with exactly one of the two. */
export interface SignInAttempt {
  /** Takes the attempt back: it signed in, or failed before any password was checked. */
  forgive(): Promise<void>;
  /** Rejects with SignInThrottled when the address has now failed too often. */
  failed(): Promise<void>;
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
 * The windows live in this process's memory, or in Redis when REDIS_URL is set, so that every
 * instance spends the same budget (FailureWindows).
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
    windows: FailureWindows,
  ) {
    const ttl = config.get('LOGIN_THROTTLE_TTL_MS');
    this.accountLimit = config.get('LOGIN_THROTTLE_LIMIT');
    this.addressLimit = this.accountLimit * ADDRESS_FACTOR;
    this.accounts = windows.open('account', ttl, this.accountLimit);
    this.addresses = windows.open('address', ttl, this.addressLimit + 1);
  }

  /**
   * Opens an attempt, refused once the account has spent its budget. The attempt counts as a
   * failure until it is forgiven, so a burst of parallel guesses cannot all pass this check before
   * the first of them has failed.
   */
  async begin(username: string, address: string | undefined): Promise<SignInAttempt> {
    const account = username.toLowerCase();
    // Checked and counted in one step, in memory as in Redis, for the same reason.
    const counted = await this.accounts.add(account, this.now(), this.accountLimit);
    const stamp = counted.stamp;
    if (!counted.added || stamp === undefined) throw throttled(counted.retryAfterMs);
    return {
      forgive: () => this.accounts.forgive(account, stamp),
      failed: () => this.addressFailed(normalizeIp(address ?? '')),
    };
  }

  private async addressFailed(address: string): Promise<void> {
    const counted = await this.addresses.add(address, this.now());
    if (counted.count > this.addressLimit) throw throttled(counted.retryAfterMs);
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

const throttled = (ms: number): SignInThrottled =>
  new SignInThrottled(Math.max(1, Math.ceil(ms / 1000)));
