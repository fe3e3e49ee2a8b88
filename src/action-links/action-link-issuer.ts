import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { MemoRepository } from '../memo/memo.repository';
import { ActionLinkRepository } from './action-link.repository';
import { stepWaitingOn } from './action-link-rules';
import { newActionToken } from './action-token';

export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

const HOUR_MS = 3_600_000;

/**
 * Makes the one-tap link a notice carries, right before it is sent. The token is random and only
 * its hash is kept, so a mail that is sent again (a failed or repeated delivery) cannot carry the
 * earlier token: each send mints a new one and replaces the stored hash, and only the latest
 * mail's link works. The row stays one per (step, person).
 */
@Injectable()
export class ActionLinkIssuer {
  constructor(
    private readonly links: ActionLinkRepository,
    private readonly memos: MemoRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** A link for the step of this memo that waits on `userId` now, or null when none does. */
  async issue(orgId: number, memoId: number, userId: number): Promise<IssuedLink | null> {
    const { token, tokenHash } = newActionToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.get('ACTION_LINK_TTL_HOURS') * HOUR_MS);
    const link = { tokenHash, expiresAt };
    const work = (tx: Tx) => this.store(tx, orgId, memoId, userId, link, now);
    // Two deliveries of one notice at once (two workers) may both insert: the second updates.
    const stored = await this.tx.run(work).catch((error: unknown) => {
      if (isUniqueViolation(error)) return this.tx.run(work);
      throw error;
    });
    return stored ? { url: `${this.config.publicBaseUrl}/act/${token}`, expiresAt } : null;
  }

  private async store(
    tx: Tx,
    orgId: number,
    memoId: number,
    userId: number,
    link: { tokenHash: string; expiresAt: Date },
    now: Date,
  ): Promise<boolean> {
    const memo = await this.memos.findMemo(orgId, memoId, tx);
    const steps = memo ? await this.memos.steps(orgId, memoId, tx) : [];
    const step = memo && stepWaitingOn(memo, steps, userId);
    if (!memo || !step) return false;
    const change = { ...link, memoVersion: memo.version };
    const existing = await this.links.findForStep(orgId, step.id, userId, tx);
    if (existing) return this.links.replaceToken(tx, orgId, existing.id, change);
    await this.links.insert(tx, {
      orgId,
      userId,
      memoId,
      stepId: step.id,
      action: 'approve',
      usedAt: null,
      createdAt: now,
      ...change,
    });
    return true;
  }
}
