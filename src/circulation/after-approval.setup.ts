import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '../database/transaction-runner';
import type { Memo } from '../memo/memo.entity';
import { MemoRepository } from '../memo/memo.repository';
import type { OnApprovalPlan } from '../memo/on-approval';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { NewOutboxEvent } from '../outbox/outbox.types';
import { audienceKind, Colleague, recipientsOf, resolveTasks } from './after-approval';
import { CirculationRepository } from './circulation.repository';
import { circulatedNotice, taskNotice } from './notices';
import { TaskRepository } from './task.repository';

/**
 * In the transaction that records the approval's delivery: the circulation with one unread row
 * per recipient, the tasks, and the notices' events. The unique keys ((memo, person), (memo,
 * task index)) make a second delivery fail rather than add rows.
 *
 * A secret memo names people only (checked when drafted): they are made readers of it, which is
 * what the author asked by naming them. Should an older plan reach further, only those who may
 * already read the memo receive it.
 */
@Injectable()
export class AfterApprovalSetup {
  private readonly logger = new Logger(AfterApprovalSetup.name);

  constructor(
    private readonly circulations: CirculationRepository,
    private readonly tasks: TaskRepository,
    private readonly memos: MemoRepository,
    private readonly outbox: OutboxService,
  ) {}

  async execute(tx: Tx, memo: Memo, plan: OnApprovalPlan, at: Date): Promise<OutboxEvent[]> {
    const { staff, groups } = await this.circulations.colleagues(memo.orgId, tx);
    const events: NewOutboxEvent[] = [];
    const named: number[] = [];
    if (plan.circulate) {
      let recipients = recipientsOf(plan.circulate, staff, groups);
      const kind = audienceKind(plan.circulate);
      if (memo.secrecy !== 'normal' && kind !== 'people')
        recipients = await this.alreadyReading(tx, memo, recipients);
      if (kind === 'people') named.push(...recipients);
      const circulation = await this.circulations.insertCirculation(tx, {
        orgId: memo.orgId,
        memoId: memo.id,
        audience: kind,
        createdAt: at,
        remindedAt: null,
      });
      await this.circulations.insertRecipients(
        tx,
        recipients.map((userId) => ({ orgId: memo.orgId, memoId: memo.id, userId, createdAt: at })),
      );
      // The author signs like everyone else, but already knows of the memo.
      const told = recipients.filter((id) => id !== memo.authorUserId);
      if (told.length > 0) events.push(circulatedNotice(memo, circulation.id, told, at));
    }
    events.push(...(await this.assign(tx, memo, plan, staff, groups, at, named)));
    if (memo.secrecy !== 'normal') await this.memos.addReaders(tx, memo.orgId, memo.id, named);
    return this.outbox.add(tx, events);
  }

  private async assign(
    tx: Tx,
    memo: Memo,
    plan: OnApprovalPlan,
    staff: Colleague[],
    groups: Parameters<typeof resolveTasks>[2],
    at: Date,
    named: number[],
  ): Promise<NewOutboxEvent[]> {
    const { tasks, skipped } = resolveTasks(plan.tasks ?? [], staff, groups);
    if (skipped.length > 0)
      this.logger.warn({ memoId: memo.id, skipped }, 'Tasks whose assignee is gone not assigned');
    const rows = await this.tasks.insert(
      tx,
      tasks.map(({ notifyUserId: _n, ...t }) => ({
        ...t,
        orgId: memo.orgId,
        memoId: memo.id,
        state: 'open' as const,
        doneNote: '',
        doneAt: null,
        doneByUserId: null,
        createdAt: at,
      })),
    );
    named.push(...tasks.flatMap((t) => (t.userId === null ? [] : [t.userId])));
    return rows.flatMap((row) => {
      const notify = tasks.find((t) => t.taskIndex === row.taskIndex)?.notifyUserId ?? null;
      return notify === null ? [] : [taskNotice(memo, row, notify, at)];
    });
  }

  /** Of these people, those who may read the secret memo already (its author, chain, readers). */
  private async alreadyReading(tx: Tx, memo: Memo, ids: number[]): Promise<number[]> {
    const [chain, readers] = await Promise.all([
      this.memos.participantIds(memo.orgId, memo.id, tx),
      this.memos.readerIds(memo.orgId, memo.id, tx),
    ]);
    const reading = new Set([memo.authorUserId, ...chain, ...readers]);
    return ids.filter((id) => reading.has(id));
  }
}
