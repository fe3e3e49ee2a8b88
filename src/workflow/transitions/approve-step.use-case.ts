import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import type { Tx } from '../../database/transaction-runner';
import { defaultEndorsement } from '../../memo/memo-lifecycle';
import type { MemoStep } from '../../memo/memo-step.entity';
import { MemoRepository } from '../../memo/memo.repository';
import { MemoService } from '../../memo/memo.service';
import type { MemoView } from '../../memo/memo.views';
import { OrgRepository } from '../../org/org.repository';
import { Finalizer } from '../finalizer';
import { stepAudit, TransitionRunner } from './transition-runner';

/**
 * An approval that came another way than the approver's own screen (a one-tap link): `claim`
 * runs first in the approval's transaction and may refuse it by throwing; `via` is recorded in
 * the audit trail with the approval.
 */
export interface ApprovalChannel {
  via: string;
  claim: (tx: Tx, now: Date) => Promise<void>;
}

/** เกษียน: the current approver endorses; the final step approves, registers and signs. */
@Injectable()
export class ApproveStep {
  constructor(
    private readonly runner: TransitionRunner,
    private readonly memos: MemoService,
    private readonly repo: MemoRepository,
    private readonly org: OrgRepository,
    private readonly finalizer: Finalizer,
  ) {}

  /**
   * A re-sent approval (the answer to the first was lost) finds the actor's own approval of
   * this round and answers with the memo as it is now; anyone else still gets 409.
   */
  async execute(actor: Actor, id: number, version: number, note?: string): Promise<MemoView> {
    try {
      return await this.approve(actor, id, version, note);
    } catch (error) {
      if (isConflict(error) && (await this.approvedBy(actor, id, version)))
        return this.memos.get(actor, id);
      throw error;
    }
  }

  /**
   * Through a channel: no recovery of a re-sent request here, since the channel's claim is what
   * tells a repeat apart (a used link is refused, not answered with the memo).
   */
  through(
    channel: ApprovalChannel,
    actor: Actor,
    id: number,
    version: number,
    note?: string,
  ): Promise<MemoView> {
    return this.approve(actor, id, version, note, channel);
  }

  private approve(
    actor: Actor,
    id: number,
    version: number,
    note?: string,
    channel?: ApprovalChannel,
  ): Promise<MemoView> {
    return this.runner.run(actor, { registers: true }, async (tx, now) => {
      await channel?.claim(tx, now);
      const current = await this.runner.currentStep(tx, actor, id, 'approve', version);
      const { memo, step, steps } = current;
      await this.checkDelegation(tx, actor, step, now);
      const next = step.isFinal ? undefined : stepAfter(step, steps);
      const endorsement = note?.trim() || defaultEndorsement(step.isFinal);
      await this.runner.claim(tx, actor, memo, version, {
        status: step.isFinal ? 'approved' : 'in_review',
        currentStepOrder: next?.stepOrder ?? null,
        currentAssigneeUserId: next?.assigneeUserId ?? null,
        updatedAt: now,
      });
      await this.runner.settle(tx, actor, step, {
        state: 'approved',
        note: endorsement,
        actedAt: now,
      });
      if (next) await this.repo.activateStep(tx, actor.orgId, next.id, now);
      const finalized = step.isFinal
        ? await this.finalizer.finalize(tx, actor, memo, step.capacity, now)
        : [];
      return {
        memo,
        action: 'approve',
        note: endorsement,
        nextAssigneeUserId: next?.assigneeUserId ?? null,
        finalized,
        audit: { ...stepAudit(step, endorsement), ...(channel && { via: channel.via }) },
      };
    });
  }

  private async approvedBy(actor: Actor, id: number, version: number): Promise<boolean> {
    const memo = await this.repo.findMemo(actor.orgId, id);
    if (!memo || memo.version <= version) return false;
    const steps = await this.repo.steps(actor.orgId, id);
    return steps.some(
      (s) => s.round === memo.round && s.assigneeUserId === actor.userId && s.state === 'approved',
    );
  }

  /** Signing for the director needs the delegation still in force, held by this actor. */
  private async checkDelegation(tx: Tx, actor: Actor, step: MemoStep, now: Date): Promise<void> {
    if (step.capacity === 'own' || step.delegationId === null) return;
    const d = await this.org.findDelegation(actor.orgId, step.delegationId, tx);
    const inForce =
      d !== null &&
      d.delegateUserId === actor.userId &&
      d.revokedAt === null &&
      d.startsAt.getTime() <= now.getTime() &&
      (d.endsAt === null || d.endsAt.getTime() > now.getTime());
    if (!inForce) throw new DomainError('DELEGATION_NOT_IN_FORCE');
  }
}

/** The step of the same round that comes after this one. */
const stepAfter = (step: MemoStep, steps: MemoStep[]): MemoStep | undefined =>
  steps.find((s) => s.round === step.round && s.stepOrder === step.stepOrder + 1);

const isConflict = (error: unknown): boolean =>
  error instanceof DomainError &&
  (error.code === 'STEP_ALREADY_ACTED' || error.code === 'STALE_VERSION');
