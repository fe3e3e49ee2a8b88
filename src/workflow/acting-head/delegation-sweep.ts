import { Injectable, Logger } from '@nestjs/common';
import { AuditService, type AuditRecord } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { TransactionRunner } from '../../database/transaction-runner';
import { MEMO_REASSIGNED, type MemoEventPayload } from '../../memo/memo.events';
import type { OutboxEvent } from '../../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { OutboxService } from '../../outbox/outbox.service';
import type { NewOutboxEvent } from '../../outbox/outbox.types';
import { planMoves, type StepMove } from './acting-head-plan';
import { ActingHeadRepository } from './acting-head.repository';

/** A move that lost a race: the memo or its step changed after they were read. */
class Overtaken extends Error {}

/**
 * Moves the steps waiting at a group head's post to the acting head when the period starts, and
 * back to the head when it ends or is revoked (or on to the next acting head). Run by the
 * cluster's scheduler with the reminders, and right after a delegation is given or revoked.
 * Each move is one transaction on the memo's version, with its audit event and the notice to
 * whoever now holds the step; running again, here or on another instance, changes nothing.
 */
@Injectable()
export class DelegationSweep {
  private readonly logger = new Logger(DelegationSweep.name);

  constructor(
    private readonly repo: ActingHeadRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Every office, or one; returns how many steps this run moved. */
  async run(now: Date = this.clock.now(), orgId?: number): Promise<number> {
    const acting = await this.repo.actingHeadsAcrossOffices(now, orgId);
    const groupIds = [...new Set(acting.map((a) => a.groupId))];
    const steps = await this.repo.headStepsAcrossOffices(groupIds, orgId);
    const events: OutboxEvent[] = [];
    for (const move of planMoves(steps, acting)) events.push(...(await this.apply(move, now)));
    await this.dispatcher.deliverWritten(events).catch((err: unknown) => {
      this.logger.warn({ err }, 'Steps moved; the outbox will deliver the notices');
    });
    return events.length;
  }

  /** After a delegation is given or revoked: failures are left to the scheduler's next run. */
  async runForOffice(orgId: number): Promise<void> {
    await this.run(this.clock.now(), orgId).catch((err: unknown) => {
      this.logger.warn({ err, orgId }, 'Steps not moved yet; the scheduler will move them');
    });
  }

  private async apply(move: StepMove, now: Date): Promise<OutboxEvent[]> {
    try {
      return await this.tx.run(async (tx) => {
        if (!(await this.repo.move(tx, move))) throw new Overtaken();
        await this.audit.recordBySystem(tx, move.step.orgId, auditOf(move));
        return this.outbox.add(tx, [eventOf(move, now)]);
      });
    } catch (error) {
      // Another instance or an approver got there first; a failure is retried on the next run.
      if (!(error instanceof Overtaken))
        this.logger.warn({ err: error, memoId: move.step.memoId }, 'Step not moved');
      return [];
    }
  }
}

const auditOf = ({ step, ...move }: StepMove): AuditRecord => ({
  action: 'memo.reassign',
  entityType: 'memo',
  entityId: step.memoId,
  beforeVersion: step.memoVersion,
  afterVersion: step.memoVersion + 1,
  data: {
    step: step.stepOrder,
    role: 'group_head',
    capacity: move.capacity,
    fromUserId: step.assigneeUserId,
    toUserId: move.toUserId,
    delegationId: move.delegationId ?? step.delegationId,
    reason: move.reason,
  },
});

/** The notice to whoever holds the step now, as a submission's would tell them. */
const eventOf = ({ step, toUserId }: StepMove, now: Date): NewOutboxEvent => ({
  orgId: step.orgId,
  topic: MEMO_REASSIGNED,
  aggregateType: 'memo',
  aggregateId: step.memoId,
  payload: {
    memoId: step.memoId,
    subject: step.subject,
    authorUserId: step.authorUserId,
    actorUserId: 0,
    at: now.toISOString(),
    nextAssigneeUserId: toUserId,
  } satisfies MemoEventPayload,
});
