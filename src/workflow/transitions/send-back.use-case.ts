import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { MemoRepository } from '../../memo/memo.repository';
import type { MemoView } from '../../memo/memo.views';
import { stepAudit, TransitionRunner } from './transition-runner';

/** ส่งกลับแก้ไข (return) or ไม่อนุมัติ (reject): the current approver ends this round. */
@Injectable()
export class SendBack {
  constructor(
    private readonly runner: TransitionRunner,
    private readonly repo: MemoRepository,
  ) {}

  execute(
    actor: Actor,
    id: number,
    action: 'return' | 'reject',
    note: string,
    version?: number,
  ): Promise<MemoView> {
    const reason = note.trim();
    const outcome = action === 'return' ? 'returned' : 'rejected';
    return this.runner.run(actor, { registers: false }, async (tx, now) => {
      const { memo, step } = await this.runner.currentStep(tx, actor, id, action, version);
      await this.runner.claim(tx, actor, memo, memo.version, {
        status: outcome,
        currentStepOrder: null,
        currentAssigneeUserId: null,
        updatedAt: now,
      });
      await this.runner.settle(tx, actor, step, { state: outcome, note: reason, actedAt: now });
      await this.repo.cancelPendingSteps(tx, actor.orgId, id, memo.round);
      return {
        memo,
        action,
        note: reason,
        nextAssigneeUserId: null,
        finalized: [],
        audit: stepAudit(step, reason),
      };
    });
  }
}
