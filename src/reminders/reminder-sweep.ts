import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/database-errors';
import { keysetPages } from '../database/keyset-pages';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxService } from '../outbox/outbox.service';
import {
  countWaiting,
  digests,
  type OfficeContext,
  type PlannedReminder,
  stepReminders,
  taskReminders,
  type WaitingCount,
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
    const offices = new OfficeContexts(this.repo, this.org);
    const waiting = new Map<string, WaitingCount>();
    const repo = this.repo;
    // Page by page, so a backlog across 245 offices is never read or held at once.
    const stepPages = keysetPages(repo.waitingStepsPage.bind(repo), (s) => s.memoId, PAGE);
    const taskPages = keysetPages(repo.openTasksPage.bind(repo), (t) => t.taskId, PAGE);
    let sent = 0;
    for await (const steps of stepPages) {
      countWaiting(waiting, steps);
      const office = await offices.of(steps);
      const planned = steps.flatMap((s) => stepReminders(s, now, office(s.orgId)));
      sent += await this.sendDue(planned, now);
    }
    for await (const tasks of taskPages) {
      const office = await offices.of(tasks);
      const planned = tasks.flatMap((t) => taskReminders(t, now, office(t.orgId)));
      sent += await this.sendDue(planned, now);
    }
    return sent + (await this.sendDue(digests(waiting.values(), now), now));
  }

  /** Writes the planned reminders not sent yet, then hands their notices to the outbox. */
  private async sendDue(planned: PlannedReminder[], now: Date): Promise<number> {
    if (planned.length === 0) return 0;
    const sent = await this.repo.sentAmong(planned);
    const events: OutboxEvent[] = [];
    for (const p of planned.filter((r) => !sent.has(reminderKey(r)))) {
      events.push(...(await this.send(p, now)));
    }
    await this.dispatcher.deliverWritten(events).catch((err: unknown) => {
      this.logger.warn({ err }, 'Reminders written; the outbox will deliver them');
    });
    return events.length;
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

/** Rows a sweep reads at once: memos in review, open tasks. */
const PAGE = 500;

const noOffice: OfficeContext = { holidays: new Set(), directorUserId: null };

/** Each office's holidays and director, read once per sweep, when its first row comes up. */
class OfficeContexts {
  private readonly known = new Map<number, OfficeContext>();

  constructor(
    private readonly repo: ReminderRepository,
    private readonly org: OrgRepository,
  ) {}

  async of(rows: ReadonlyArray<{ orgId: number }>): Promise<(orgId: number) => OfficeContext> {
    const missing = [...new Set(rows.map((r) => r.orgId))].filter((id) => !this.known.has(id));
    const holidays = await this.repo.holidaysAcrossOffices(missing);
    for (const orgId of missing) {
      const [director] = await this.org.findUsersWithRole(orgId, 'director');
      this.known.set(orgId, {
        holidays: holidays.get(orgId) ?? new Set(),
        directorUserId: director?.id ?? null,
      });
    }
    return (orgId) => this.known.get(orgId) ?? noOffice;
  }
}
