import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { LineAccountRepository } from './line-account.repository';
import { LineSetup } from './line-setup';

/** LINE's page that completes a link with the link token and our nonce. */
export const LINE_ACCOUNT_LINK_URL = 'https://access.line.me/dialog/bot/accountLink';
/** As long as the link token it goes with. */
const NONCE_TTL_MS = 10 * 60_000;
/** What LINE's link tokens look like (URL-safe text), with room to spare. */
const LINK_TOKEN = /^[A-Za-z0-9._~+/=-]{8,256}$/;

export const nonceHash = (nonce: string): string =>
  createHash('sha256').update(nonce).digest('hex');

export interface LineLinkStatus {
  configured: boolean;
  linked: boolean;
  linkedAt: Date | null;
}

/**
 * The account-link flow (https://developers.line.biz/en/docs/messaging-api/linking-accounts/):
 * the signed-in person confirms a link token, gets a nonce bound to them, and LINE's accountLink
 * event brings the nonce back with the LINE user to link.
 */
@Injectable()
export class LineLinks {
  constructor(
    private readonly repo: LineAccountRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly setup: LineSetup,
  ) {}

  async status(actor: Actor): Promise<LineLinkStatus> {
    const account = await this.repo.findByUser(actor.orgId, actor.userId);
    return {
      configured: this.setup.configured,
      linked: account !== null,
      linkedAt: account?.linkedAt ?? null,
    };
  }

  /** Where the confirmed person goes next: LINE's link page, with a nonce only they hold. */
  async start(actor: Actor, linkToken: unknown): Promise<string> {
    if (!this.setup.configured) throw new DomainError('LINE_NOT_CONFIGURED');
    if (!isLinkToken(linkToken)) throw new DomainError('LINE_LINK_TOKEN_INVALID');
    // 128 bits at least, per LINE; base64url fits its 10–255 characters.
    const nonce = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.tx.run((tx) =>
      this.repo.replaceNonce(
        tx,
        {
          orgId: actor.orgId,
          userId: actor.userId,
          nonceHash: nonceHash(nonce),
          expiresAt: new Date(now.getTime() + NONCE_TTL_MS),
        },
        now,
      ),
    );
    const query = new URLSearchParams({ linkToken, nonce });
    return `${LINE_ACCOUNT_LINK_URL}?${query.toString()}`;
  }

  /** LINE's accountLink event: the nonce names the person, once; false if it names nobody. */
  async complete(lineUserId: string, nonce: string): Promise<boolean> {
    const now = this.clock.now();
    return this.tx.run(async (tx) => {
      const person = await this.repo.takeNonceAcrossOffices(tx, nonceHash(nonce), now);
      if (!person) return false;
      await this.repo.releaseLineUserAcrossOffices(tx, lineUserId);
      await this.repo.link(tx, { ...person, lineUserId, linkedAt: now });
      return true;
    });
  }

  async unlink(actor: Actor): Promise<{ linked: false }> {
    await this.repo.unlink(actor.orgId, actor.userId);
    return { linked: false };
  }

  /** The person blocked the Official Account: nothing more is pushed to them. */
  async forget(lineUserId: string): Promise<void> {
    await this.tx.run((tx) => this.repo.releaseLineUserAcrossOffices(tx, lineUserId));
  }

  async isLinked(lineUserId: string): Promise<boolean> {
    return (await this.repo.findByLineUserAcrossOffices(lineUserId)) !== null;
  }

  /** The LINE user to push a person's notices to, when they linked one. */
  async lineUserOf(orgId: number, userId: number): Promise<string | null> {
    return (await this.repo.findByUser(orgId, userId))?.lineUserId ?? null;
  }
}

export const isLinkToken = (value: unknown): value is string =>
  typeof value === 'string' && LINK_TOKEN.test(value);
