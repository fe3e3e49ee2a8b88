import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, staleVersion } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import type { MemoStep } from '../memo/memo-step.entity';
import type { Memo } from '../memo/memo.entity';
import { MemoRepository } from '../memo/memo.repository';
import { MemoService } from '../memo/memo.service';
import type { MemoView } from '../memo/memo.views';
import { OrgRepository } from '../org/org.repository';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { REGISTERS } from '../registry/register';
import { RegistryService } from '../registry/registry.service';
import { ChainBuilder } from './chain-builder';
import type { Capacity } from './chain';
import { Finalizer, FinalizedDocument } from './finalizer';
import { decide, MemoAction } from './state-machine';
import { WorkflowEvents } from './workflow-events';

/** What a committed transition leaves for after the commit: events to emit, documents to seal. */
export interface Transition {
  memo: Memo;
  action: 'submit' | 'approve' | 'return' | 'reject' | 'withdraw';
  note: string;
  nextAssigneeUserId: number | null;
  finalized: FinalizedDocument[];
}

interface Committed extends Transition {
  events: OutboxEvent[];
}

const DEFAULT_NOTE = { intermediate: 'เพื่อโปรดพิจารณา', final: 'อนุมัติ' };

/** The approval chain's transitions. Each runs in one transaction; side effects follow the commit. */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly repo: MemoRepository,
    private readonly memos: MemoService,
    private readonly org: OrgRepository,
    private readonly chains: ChainBuilder,
    private readonly finalizer: Finalizer,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly events: WorkflowEvents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async submit(actor: Actor, id: number, version?: number): Promise<MemoView> {
    const now = this.clock.now();
    await this.registry.prepare(actor.orgId, REGISTERS, now);
    const t = await this.tx.run(async (tx): Promise<Committed> => {
      const { memo } = await this.memos.load(actor, id, tx);
      this.authorMay(actor, memo, 'submit');
      if (version !== undefined && version !== memo.version)
        throw staleVersion({ currentVersion: memo.version });
      const issuance = await this.repo.issuance(actor.orgId, id, tx);
      const chain = await this.chains.resolve(tx, memo, issuance?.kind ?? null, now);
      if (!chain.ok) throw new DomainError('CHAIN_UNRESOLVABLE');
      const round = memo.round + 1;
      const first = chain.steps[0];
      if (first) {
        await this.repo.insertSteps(
          tx,
          chain.steps.map((s, i) => ({
            orgId: actor.orgId,
            memoId: id,
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
      await this.claim(tx, actor, memo, memo.version, {
        status: first ? 'in_review' : 'approved',
        round,
        currentStepOrder: first ? 1 : null,
        currentAssigneeUserId: first?.assigneeUserId ?? null,
        submittedAt: now,
        updatedAt: now,
      });
      // The director's own memo has nobody above: submitting it signs it.
      const finalized = first ? [] : await this.finalizer.finalize(tx, actor, memo, 'own', now);
      await this.record(tx, actor, memo, 'memo.submit', { round, steps: chain.steps.length });
      return this.finish(tx, actor, {
        memo,
        action: 'submit',
        note: '',
        nextAssigneeUserId: first?.assigneeUserId ?? null,
        finalized,
      });
    });
    return this.after(actor, t);
  }

  /**
   * A re-sent approval (the answer to the first was lost) finds the actor's own approval of
   * this round and answers with the memo as it is now; anyone else still gets 409.
   */
  async approve(actor: Actor, id: number, version: number, note?: string): Promise<MemoView> {
    try {
      return await this.approveStep(actor, id, version, note);
    } catch (error) {
      if (isConflict(error) && (await this.approvedBy(actor, id, version)))
        return this.memos.get(actor, id);
      throw error;
    }
  }

  private async approvedBy(actor: Actor, id: number, version: number): Promise<boolean> {
    const memo = await this.repo.findMemo(actor.orgId, id);
    if (!memo || memo.version <= version) return false;
    const steps = await this.repo.steps(actor.orgId, id);
    return steps.some(
      (s) => s.round === memo.round && s.assigneeUserId === actor.userId && s.state === 'approved',
    );
  }

  private async approveStep(
    actor: Actor,
    id: number,
    version: number,
    note?: string,
  ): Promise<MemoView> {
    const now = this.clock.now();
    await this.registry.prepare(actor.orgId, REGISTERS, now);
    const t = await this.tx.run(async (tx): Promise<Committed> => {
      const { memo, step, steps } = await this.currentStepFor(tx, actor, id, 'approve', version);
      await this.checkDelegation(tx, actor, step, now);
      const next = steps.find((s) => s.round === memo.round && s.stepOrder === step.stepOrder + 1);
      const endorsement =
        note?.trim() || (step.isFinal ? DEFAULT_NOTE.final : DEFAULT_NOTE.intermediate);
      await this.claim(tx, actor, memo, version, {
        status: step.isFinal ? 'approved' : 'in_review',
        currentStepOrder: step.isFinal ? null : (next?.stepOrder ?? null),
        currentAssigneeUserId: step.isFinal ? null : (next?.assigneeUserId ?? null),
        updatedAt: now,
      });
      await this.settle(tx, actor, step, { state: 'approved', note: endorsement, actedAt: now });
      if (next && !step.isFinal) await this.repo.activateStep(tx, actor.orgId, next.id, now);
      const finalized = step.isFinal
        ? await this.finalizer.finalize(tx, actor, memo, step.capacity, now)
        : [];
      await this.record(tx, actor, memo, 'memo.approve', stepData(step, endorsement));
      const nextAssignee = step.isFinal ? null : (next?.assigneeUserId ?? null);
      return this.finish(tx, actor, {
        memo,
        action: 'approve',
        note: endorsement,
        nextAssigneeUserId: nextAssignee,
        finalized,
      });
    });
    return this.after(actor, t);
  }

  /** ส่งกลับแก้ไข (return) or ไม่อนุมัติ (reject): the current approver ends this round. */
  async sendBack(
    actor: Actor,
    id: number,
    action: 'return' | 'reject',
    note: string,
    version?: number,
  ): Promise<MemoView> {
    const now = this.clock.now();
    const t = await this.tx.run(async (tx): Promise<Committed> => {
      const { memo, step } = await this.currentStepFor(tx, actor, id, action, version);
      await this.claim(tx, actor, memo, memo.version, {
        status: action === 'return' ? 'returned' : 'rejected',
        currentStepOrder: null,
        currentAssigneeUserId: null,
        updatedAt: now,
      });
      await this.settle(tx, actor, step, {
        state: action === 'return' ? 'returned' : 'rejected',
        note: note.trim(),
        actedAt: now,
      });
      await this.repo.cancelPendingSteps(tx, actor.orgId, id, memo.round);
      await this.record(tx, actor, memo, `memo.${action}`, stepData(step, note.trim()));
      return this.finish(tx, actor, {
        memo,
        action,
        note: note.trim(),
        nextAssigneeUserId: null,
        finalized: [],
      });
    });
    return this.after(actor, t);
  }

  /** The author pulls the memo back, before anyone has approved in this round. */
  async withdraw(actor: Actor, id: number, version?: number): Promise<MemoView> {
    const now = this.clock.now();
    const t = await this.tx.run(async (tx): Promise<Committed> => {
      const { memo } = await this.memos.load(actor, id, tx);
      const steps = await this.repo.steps(actor.orgId, id, tx);
      const approved = steps.filter((s) => s.round === memo.round && s.state === 'approved').length;
      this.authorMay(actor, memo, 'withdraw', approved);
      if (version !== undefined && version !== memo.version)
        throw staleVersion({ currentVersion: memo.version });
      await this.claim(tx, actor, memo, memo.version, {
        status: 'withdrawn',
        currentStepOrder: null,
        currentAssigneeUserId: null,
        updatedAt: now,
      });
      await this.repo.cancelPendingSteps(tx, actor.orgId, id, memo.round);
      await this.record(tx, actor, memo, 'memo.withdraw', {});
      return this.finish(tx, actor, {
        memo,
        action: 'withdraw',
        note: '',
        nextAssigneeUserId: null,
        finalized: [],
      });
    });
    return this.after(actor, t);
  }

  /**
   * Loads the memo and its current step for an approver's action. Someone who already acted, or
   * a memo that moved on, is a 409; anyone else who may read it but is not the approver, a 403.
   */
  private async currentStepFor(
    tx: Tx,
    actor: Actor,
    id: number,
    action: MemoAction,
    version?: number,
  ) {
    const { memo } = await this.memos.load(actor, id, tx);
    const steps = await this.repo.steps(actor.orgId, id, tx);
    const isCurrentAssignee =
      memo.status === 'in_review' && memo.currentAssigneeUserId === actor.userId;
    const decision = decide(memo.status, action, {
      isAuthor: memo.authorUserId === actor.userId,
      isCurrentAssignee,
    });
    if (!decision.allowed) {
      const alreadyActed = steps.some(
        (s) => s.assigneeUserId === actor.userId && s.state !== 'pending',
      );
      if (decision.reason === 'conflict' || alreadyActed)
        throw new DomainError('STEP_ALREADY_ACTED');
      throw new DomainError('NOT_CURRENT_APPROVER');
    }
    if (version !== undefined && version !== memo.version)
      throw staleVersion({ currentVersion: memo.version });
    const step = steps.find((s) => s.round === memo.round && s.stepOrder === memo.currentStepOrder);
    if (!step) throw new DomainError('STEP_ALREADY_ACTED');
    return { memo, step, steps };
  }

  private authorMay(actor: Actor, memo: Memo, action: MemoAction, approvedInRound = 0): void {
    const decision = decide(
      memo.status,
      action,
      { isAuthor: memo.authorUserId === actor.userId, isCurrentAssignee: false },
      approvedInRound,
    );
    if (decision.allowed) return;
    throw new DomainError(decision.reason === 'forbidden' ? 'NOT_AUTHOR' : 'MEMO_NOT_EDITABLE');
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

  /** The one guard against races: only the request that still sees `version` changes the memo. */
  private async claim(
    tx: Tx,
    actor: Actor,
    memo: Memo,
    version: number,
    changes: Partial<Memo>,
  ): Promise<void> {
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

  private async settle(
    tx: Tx,
    actor: Actor,
    step: MemoStep,
    outcome: Parameters<MemoRepository['settleStep']>[3],
  ) {
    if (!(await this.repo.settleStep(tx, actor.orgId, step.id, outcome)))
      throw new DomainError('STEP_ALREADY_ACTED');
  }

  private record(tx: Tx, actor: Actor, memo: Memo, action: string, data: Record<string, unknown>) {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'memo',
      entityId: memo.id,
      beforeVersion: memo.version - 1,
      afterVersion: memo.version,
      data: { status: memo.status, ...data },
    });
  }

  /** Last in each transition's transaction: the events it sets off go into the outbox. */
  private async finish(tx: Tx, actor: Actor, t: Transition): Promise<Committed> {
    return { ...t, events: await this.events.write(tx, actor, t) };
  }

  private async after(actor: Actor, t: Committed): Promise<MemoView> {
    await this.events.deliver(t.events);
    // Reloaded: registration and sealing changed it after the in-memory copy was taken.
    const fresh = await this.repo.findMemo(actor.orgId, t.memo.id);
    return this.memos.view(actor, fresh ?? t.memo);
  }
}

const stepData = (step: MemoStep, note: string) => ({
  step: step.stepOrder,
  role: step.role,
  capacity: step.capacity satisfies Capacity,
  note,
  final: step.isFinal,
});

const isConflict = (error: unknown): boolean =>
  error instanceof DomainError &&
  (error.code === 'STEP_ALREADY_ACTED' || error.code === 'STALE_VERSION');
