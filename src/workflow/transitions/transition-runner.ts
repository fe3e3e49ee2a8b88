import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { TransactionRunner, Tx } from '../../database/transaction-runner';
import { assertVersion, decide, MemoAction } from '../../memo/memo-lifecycle';
import type { MemoStep } from '../../memo/memo-step.entity';
import type { Memo } from '../../memo/memo.entity';
import { MemoRepository } from '../../memo/memo.repository';
import { MemoService } from '../../memo/memo.service';
import type { MemoView } from '../../memo/memo.views';
import { REGISTERS } from '../../registry/register';
import { RegistryService } from '../../registry/registry.service';
import { WorkflowEvents } from '../workflow-events';
import type { Transition } from './transition';

type StepOutcome = Parameters<MemoRepository['settleStep']>[3];

/**
 * What every transition shares: one transaction that claims the memo on its version, settles the
 * step and records the audit event; the events it sets off written with it and delivered after
 * the commit; the memo shown as it is then.
 */
@Injectable()
export class TransitionRunner {
  constructor(
    private readonly repo: MemoRepository,
    private readonly memos: MemoService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly events: WorkflowEvents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** `registers`: the transition may number documents, so the counters are made beforehand. */
  async run(
    actor: Actor,
    options: { registers: boolean },
    work: (tx: Tx, now: Date) => Promise<Transition>,
  ): Promise<MemoView> {
    const now = this.clock.now();
    if (options.registers) await this.registry.prepare(actor.orgId, REGISTERS, now);
    const committed = await this.tx.run(async (tx) => {
      const t = await work(tx, now);
      await this.record(tx, actor, t);
      return { memo: t.memo, events: await this.events.write(tx, actor, t) };
    });
    await this.events.deliver(committed.events);
    // Reloaded: registration and sealing changed it after the in-memory copy was taken.
    const fresh = await this.repo.findMemo(actor.orgId, committed.memo.id);
    return this.memos.view(actor, fresh ?? committed.memo);
  }

  /**
   * The memo and its current step for an approver's action. Someone who already acted, or a
   * memo that moved on, is a 409; anyone else who may read it but is not the approver, a 403.
   */
  async currentStep(tx: Tx, actor: Actor, id: number, action: MemoAction, version?: number) {
    const { memo } = await this.memos.load(actor, id, tx);
    const steps = await this.repo.steps(actor.orgId, id, tx);
    const decision = decide(memo.status, action, {
      isAuthor: memo.authorUserId === actor.userId,
      isCurrentAssignee: memo.status === 'in_review' && memo.currentAssigneeUserId === actor.userId,
    });
    if (!decision.allowed) {
      const alreadyActed = steps.some(
        (s) => s.assigneeUserId === actor.userId && s.state !== 'pending',
      );
      if (decision.reason === 'conflict' || alreadyActed)
        throw new DomainError('STEP_ALREADY_ACTED');
      throw new DomainError('NOT_CURRENT_APPROVER');
    }
    assertVersion(memo, version);
    const step = steps.find((s) => s.round === memo.round && s.stepOrder === memo.currentStepOrder);
    if (!step) throw new DomainError('STEP_ALREADY_ACTED');
    return { memo, step, steps };
  }

  /** The one guard against races: only the request that still sees `version` changes the memo. */
  async claim(tx: Tx, actor: Actor, memo: Memo, version: number, changes: Partial<Memo>) {
    const applied = await this.repo.updateIfCurrent(
      tx,
      actor.orgId,
      memo.id,
      { version, statuses: [memo.status] },
      changes,
    );
    if (!applied) throw new DomainError('STEP_ALREADY_ACTED');
    Object.assign(memo, changes, { version: version + 1 });
  }

  async settle(tx: Tx, actor: Actor, step: MemoStep, outcome: StepOutcome): Promise<void> {
    if (!(await this.repo.settleStep(tx, actor.orgId, step.id, outcome)))
      throw new DomainError('STEP_ALREADY_ACTED');
  }

  private async record(tx: Tx, actor: Actor, t: Transition): Promise<void> {
    await this.audit.record(tx, actor, {
      action: `memo.${t.action}`,
      entityType: 'memo',
      entityId: t.memo.id,
      beforeVersion: t.memo.version - 1,
      afterVersion: t.memo.version,
      data: { status: t.memo.status, ...t.audit },
    });
  }
}

/** What the audit trail keeps of an approver's act on a step. */
export const stepAudit = (step: MemoStep, note: string) => ({
  step: step.stepOrder,
  role: step.role,
  capacity: step.capacity,
  note,
  final: step.isFinal,
});
