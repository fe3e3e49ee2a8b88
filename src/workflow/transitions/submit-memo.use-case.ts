import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import type { Tx } from '../../database/transaction-runner';
import { assertAuthorMay, assertVersion } from '../../memo/memo-lifecycle';
import type { Memo } from '../../memo/memo.entity';
import { MemoRepository } from '../../memo/memo.repository';
import { MemoService } from '../../memo/memo.service';
import type { MemoView } from '../../memo/memo.views';
import type { ChainStep } from '../chain';
import { ChainBuilder } from '../chain-builder';
import { Finalizer } from '../finalizer';
import { TransitionRunner } from './transition-runner';

/** The author sends a draft or returned memo into a new round of its approval chain. */
@Injectable()
export class SubmitMemo {
  constructor(
    private readonly runner: TransitionRunner,
    private readonly memos: MemoService,
    private readonly repo: MemoRepository,
    private readonly chains: ChainBuilder,
    private readonly finalizer: Finalizer,
  ) {}

  execute(actor: Actor, id: number, version?: number): Promise<MemoView> {
    return this.runner.run(actor, { registers: true }, async (tx, now) => {
      const { memo } = await this.memos.load(actor, id, tx);
      assertAuthorMay(actor, memo, 'submit');
      assertVersion(memo, version);
      const steps = await this.chain(tx, memo, now);
      const round = memo.round + 1;
      await this.insertRound(tx, memo, round, steps, now);
      const first = steps[0];
      await this.runner.claim(tx, actor, memo, memo.version, {
        status: first ? 'in_review' : 'approved',
        round,
        currentStepOrder: first ? 1 : null,
        currentAssigneeUserId: first?.assigneeUserId ?? null,
        submittedAt: now,
        updatedAt: now,
      });
      // The director's own memo has nobody above: submitting it signs it.
      const finalized = first ? [] : await this.finalizer.finalize(tx, actor, memo, 'own', now);
      return {
        memo,
        action: 'submit',
        note: '',
        nextAssigneeUserId: first?.assigneeUserId ?? null,
        finalized,
        audit: { round, steps: steps.length },
      };
    });
  }

  private async chain(tx: Tx, memo: Memo, now: Date): Promise<ChainStep[]> {
    const issuance = await this.repo.issuance(memo.orgId, memo.id, tx);
    const chain = await this.chains.resolve(tx, memo, issuance?.kind ?? null, now);
    if (!chain.ok) throw new DomainError('CHAIN_UNRESOLVABLE');
    return chain.steps;
  }

  private async insertRound(tx: Tx, memo: Memo, round: number, steps: ChainStep[], now: Date) {
    if (steps.length === 0) return;
    await this.repo.insertSteps(
      tx,
      steps.map((s, i) => ({
        orgId: memo.orgId,
        memoId: memo.id,
        round,
        stepOrder: i + 1,
        ...s,
        state: 'pending' as const,
        note: '',
        activatedAt: i === 0 ? now : null,
        actedAt: null,
      })),
    );
  }
}
