import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '../database/transaction-runner';
import type { IncomingLetter } from '../incoming/incoming-letter.entity';
import type { OnApprovalPlan } from '../memo/on-approval';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { NewOutboxEvent } from '../outbox/outbox.types';
import { audienceKind, recipientsOf, resolveTasks } from './after-approval';
import { CirculationRepository } from './circulation.repository';
import { letterCirculatedNotice, letterTaskNotice } from './letter-notices';
import { TaskRepository } from './task.repository';
import { letterSubject, subjectColumns } from './subject';

/**
 * An executive's endorsement of an incoming letter, set up as an approval's (AfterApprovalSetup,
 * by the same rules): the circulation with one unread row per recipient, the tasks, and their
 * notices' events, in the transaction that records the delivery. A letter already set up is left
 * as it is, and the unique keys ((letter, person), (letter, task index)) stop a race.
 *
 * A secret letter's plan names people only (checked at the endorsement); being circulated to
 * them or given a task is what lets them read it (incoming-access).
 */
@Injectable()
export class AfterEndorseSetup {
  private readonly logger = new Logger(AfterEndorseSetup.name);

  constructor(
    private readonly circulations: CirculationRepository,
    private readonly tasks: TaskRepository,
    private readonly outbox: OutboxService,
  ) {}

  async execute(
    tx: Tx,
    letter: IncomingLetter,
    plan: OnApprovalPlan,
    at: Date,
    endorserUserId: number,
  ): Promise<OutboxEvent[]> {
    const subject = letterSubject(letter.id);
    const [circulated, tasked] = await Promise.all([
      this.circulations.find(letter.orgId, subject, tx),
      this.tasks.ofSubject(letter.orgId, subject, tx),
    ]);
    if (circulated || tasked.length > 0) return [];
    const { staff, groups } = await this.circulations.colleagues(letter.orgId, tx);
    const events: NewOutboxEvent[] = [];
    if (plan.circulate) {
      const recipients = recipientsOf(plan.circulate, staff, groups);
      const circulation = await this.circulations.insertCirculation(tx, {
        orgId: letter.orgId,
        ...subjectColumns(subject),
        audience: audienceKind(plan.circulate),
        createdAt: at,
        remindedAt: null,
      });
      await this.circulations.insertRecipients(
        tx,
        recipients.map((userId) => ({
          orgId: letter.orgId,
          ...subjectColumns(subject),
          userId,
          createdAt: at,
        })),
      );
      // The executive signs like everyone else, but already knows the letter.
      const told = recipients.filter((id) => id !== endorserUserId);
      if (told.length > 0) events.push(letterCirculatedNotice(letter, circulation.id, told, at));
    }
    const { tasks, skipped } = resolveTasks(plan.tasks ?? [], staff, groups);
    if (skipped.length > 0)
      this.logger.warn(
        { letterId: letter.id, skipped },
        'Tasks whose assignee is gone not assigned',
      );
    const rows = await this.tasks.insert(
      tx,
      tasks.map(({ notifyUserId: _n, ...t }) => ({
        ...t,
        orgId: letter.orgId,
        ...subjectColumns(subject),
        state: 'open' as const,
        doneNote: '',
        doneAt: null,
        doneByUserId: null,
        createdAt: at,
      })),
    );
    for (const row of rows) {
      const notify = tasks.find((t) => t.taskIndex === row.taskIndex)?.notifyUserId ?? null;
      if (notify !== null) events.push(letterTaskNotice(letter, row, notify, at));
    }
    return this.outbox.add(tx, events);
  }
}
