import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { assertAuthorMay, assertVersion } from '../../memo/memo-lifecycle';
import { MemoRepository } from '../../memo/memo.repository';
import { MemoService } from '../../memo/memo.service';
import type { MemoView } from '../../memo/memo.views';
import { TransitionRunner } from './transition-runner';

/** The author pulls the memo back, before anyone has approved in this round. */
@Injectable()
export class WithdrawMemo {
  constructor(
    private readonly runner: TransitionRunner,
    private readonly memos: MemoService,
    private readonly repo: MemoRepository,
  ) {}

  execute(actor: Actor, id: number, version?: number): Promise<MemoView> {
    return this.runner.run(actor, { registers: false }, async (tx, now) => {
      const { memo } = await this.memos.load(actor, id, tx);
      const steps = await this.repo.steps(actor.orgId, id, tx);
      const approved = steps.filter((s) => s.round === memo.round && s.state === 'approved').length;
      assertAuthorMay(actor, memo, 'withdraw', approved);
      assertVersion(memo, version);
      await this.runner.claim(tx, actor, memo, memo.version, {
        status: 'withdrawn',
        currentStepOrder: null,
        currentAssigneeUserId: null,
        updatedAt: now,
      });
      await this.repo.cancelPendingSteps(tx, actor.orgId, id, memo.round);
      return {
        memo,
        action: 'withdraw',
        note: '',
        nextAssigneeUserId: null,
        finalized: [],
        audit: {},
      };
    });
  }
}
