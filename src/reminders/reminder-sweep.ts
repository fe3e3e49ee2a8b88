import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxService } from '../outbox/outbox.service';
import {
  digests,
  type OfficeContext,
  type PlannedReminder,
  stepReminders,
  taskReminders,
} from './reminder-plan';
import { REMINDER_DUE, type ReminderPayload } from './reminder.events';
import { reminderKey, ReminderRepository } from './reminder.repository';

/**
 * Sends the reminders, escalations and digests that are due. Run by the cluster's scheduler
 * (a BullMQ job scheduler with REDIS_URL, a timer in the one process without): each reminder is a
 * unique row written with its notice's outbox event, so two schedulers running at once send it
 * once, and the outbox delivers it (in-app and e-mail) even if the process dies right after.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger(ReminderSweep.name);

  constructor(
    private readonly repo: ReminderRepository,
    private readonly org: OrgRepository,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Returns how many this run sent (others may have been sent by another instance). */
  async run(now: Date = this.clock.now()): Promise<number> {
    const [steps, tasks] = await Promise.all([
      this.repo.waitingStepsAcrossOffices(),
      this.repo.openTasksAcrossOffices(),
    ]);
    const offices = await this.offices([...new Set([...steps, ...tasks].map((s) => s.orgId))]);
    const office = (orgId: number) => offices.get(orgId) ?? noOffice;
    const planned = [
      ...steps.flatMap((s) => stepReminders(s, now, office(s.orgId))),
      ...tasks.flatMap((t) => taskReminders(t, now, office(t.orgId))),
      ...digests(steps, now),
    ];
    const sent = await this.repo.sentAcrossOffices(planned.map((p) => p.subjectId));
    const events: OutboxEvent[] = [];
    for (const p of planned.filter((r) => !sent.has(reminderKey(r)))) {
      events.push(...(await this.send(p, now)));
    }
    await this.dispatcher.deliverWritten(events).catch((err: unknown) => {
      this.logger.warn({ err }, 'Reminders written; the outbox will deliver them');
    });
    return events.length;
  }

  private async offices(orgIds: number[]): Promise<Map<number, OfficeContext>> {
    const holidays = await this.repo.holidaysAcrossOffices(orgIds);
    const contexts = new Map<number, OfficeContext>();
    for (const orgId of orgIds) {
      const [director] = await this.org.findUsersWithRole(orgId, 'director');
      contexts.set(orgId, {
        holidays: holidays.get(orgId) ?? new Set(),
        directorUserId: director?.id ?? null,
      });
    }
    return contexts;
  }

  /** The reminder's row and its notice's event, in one transaction; [] when already sent. */
  private async send(p: PlannedReminder, now: Date): Promise<OutboxEvent[]> {
    const payload: ReminderPayload = {
      userId: p.userId,
      kind: p.kind,
      title: p.title.slice(0, 500),
      memoId: p.memoId,
      path: p.path,
      at: now.toISOString(),
    };
    try {
      return await this.tx.run(async (tx) => {
        const reminderId = await this.repo.record(tx, {
          orgId: p.orgId,
          userId: p.userId,
          kind: p.kind,
          subjectType: p.subjectType,
          subjectId: p.subjectId,
          stage: p.stage,
          createdAt: now,
        });
        return this.outbox.add(tx, [
          {
            orgId: p.orgId,
            topic: REMINDER_DUE,
            // Its own aggregate: reminders need no order among themselves, and one scheduler's
            // notice must not wait for another's (nor a memo id meet a user id).
            aggregateType: 'reminder',
            aggregateId: reminderId,
            payload,
          },
        ]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return [];
      throw error;
    }
  }
}

const noOffice: OfficeContext = { holidays: new Set(), directorUserId: null };
