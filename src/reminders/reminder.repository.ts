import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MemoTask } from '../circulation/memo-task.entity';
import { IncomingLetter } from '../incoming/incoming-letter.entity';
import { Memo } from '../memo/memo.entity';
import { type Secrecy, SECRECY_TH } from '../memo/memo.enums';
import { MemoStep } from '../memo/memo-step.entity';
import { OrgGroup } from '../org/org-group.entity';
import { Organization } from '../org/organization.entity';
import { User } from '../org/user.entity';
import { toDate } from '../common/dates';
import { type KeysetPage, nextAfter } from '../database/keyset-pages';
import { managerOf, type Tx } from '../database/tx';
import { OfficeHoliday } from './office-holiday.entity';
import { Reminder, type ReminderSubject } from './reminder.entity';

/** A memo's current step, waiting on someone, with what the scheduler decides on. */
export interface WaitingStep {
  orgId: number;
  stepId: number;
  memoId: number;
  /** The memo's subject, or its secrecy (ลับ, ลับมาก) for a secret memo: see `shownSubject`. */
  subject: string;
  assigneeUserId: number;
  waitingSince: Date;
  urgentBy: Date | null;
  /** The deputy overseeing the author's group, if any. */
  deputyUserId: number | null;
  escalateAfterDays: number;
}

/** An open task, with who answers for it and who oversees them. */
export interface OpenTask {
  orgId: number;
  taskId: number;
  /** The memo that assigned it, or null for an incoming letter's endorsement (`letterId`). */
  memoId: number | null;
  letterId: number | null;
  /** The task's text, or only that it is secret for a secret memo's or letter's task. */
  task: string;
  dueAt: Date;
  /** The person it was given to, or the head of the group it was given to. */
  assigneeUserId: number | null;
  /** The deputy overseeing the task's group (or the person's group). */
  deputyUserId: number | null;
}

/**
 * What a reminder may say about its memo: an escalation reaches the overseeing deputy, who may be
 * off a secret memo's path, and notices travel by e-mail and LINE; so a secret memo is named by
 * its secrecy only (the link still leads there, for whoever may read it).
 */
const shownSubject = (r: Record<string, unknown>): string => {
  const secrecy = String(r.secrecy) as Secrecy;
  return secrecy === 'normal' ? String(r.subject) : `หนังสือ${SECRECY_TH[secrecy]}`;
};

/** The unique key of a reminder, as a string. */
export const reminderKey = (r: Omit<Reminder, 'id' | 'createdAt'>): string =>
  [r.orgId, r.kind, r.subjectType, r.subjectId, r.userId, r.stage].join('/');

/**
 * The scheduler's reads and its one write. Across offices: the scheduler serves them all, and
 * every row it reads or writes carries its own org_id.
 */
@Injectable()
export class ReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The current steps of memos in review in active offices, `limit` memos after memo id `after`
   * in id order: the sweep pages through every office's backlog (IDX_memo_sweep).
   */
  async waitingStepsPage(after: number, limit: number): Promise<KeysetPage<WaitingStep>> {
    const ids = await this.idsAfter(Memo, 'status', 'in_review', after, limit);
    if (ids.length === 0) return { rows: [], next: null };
    const rows = await this.dataSource.manager
      .createQueryBuilder(Memo, 'm')
      .innerJoin(
        MemoStep,
        's',
        's.org_id = m.org_id AND s.memo_id = m.id AND s.round = m.round AND s.step_order = m.current_step_order',
      )
      .innerJoin(Organization, 'o', 'o.id = m.org_id AND o.active = :active', { active: true })
      .leftJoin(OrgGroup, 'g', 'g.org_id = m.org_id AND g.id = m.group_id')
      .select([
        'm.org_id AS orgId',
        's.id AS stepId',
        'm.id AS memoId',
        'm.subject AS subject',
        'm.secrecy AS secrecy',
        's.assignee_user_id AS assigneeUserId',
        's.activated_at AS waitingSince',
        'm.urgent_by AS urgentBy',
        'g.deputy_user_id AS deputyUserId',
        'o.escalate_after_days AS escalateAfterDays',
      ])
      .where('m.id IN (:...ids) AND m.status = :status', { ids, status: 'in_review' })
      .andWhere('s.state = :pending AND s.activated_at IS NOT NULL', { pending: 'pending' })
      .orderBy('m.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    const waiting = rows.map((r) => ({
      orgId: Number(r.orgId),
      stepId: Number(r.stepId),
      memoId: Number(r.memoId),
      subject: shownSubject(r),
      assigneeUserId: Number(r.assigneeUserId),
      waitingSince: toDate(r.waitingSince as string | Date) ?? new Date(0),
      urgentBy: toDate(r.urgentBy as string | Date | null),
      deputyUserId: r.deputyUserId === null ? null : Number(r.deputyUserId),
      escalateAfterDays: Number(r.escalateAfterDays),
    }));
    return { rows: waiting, next: nextAfter(ids, limit) };
  }

  /**
   * Open tasks of memos and incoming letters in active offices, `limit` of them after task id
   * `after` (IDX_memo_task_sweep).
   */
  async openTasksPage(after: number, limit: number): Promise<KeysetPage<OpenTask>> {
    const ids = await this.idsAfter(MemoTask, 'state', 'open', after, limit);
    if (ids.length === 0) return { rows: [], next: null };
    const rows = await this.dataSource.manager
      .createQueryBuilder(MemoTask, 't')
      .innerJoin(Organization, 'o', 'o.id = t.org_id AND o.active = :active', { active: true })
      .leftJoin(Memo, 'm', 'm.org_id = t.org_id AND m.id = t.memo_id')
      .leftJoin(IncomingLetter, 'l', 'l.org_id = t.org_id AND l.id = t.incoming_letter_id')
      .leftJoin(OrgGroup, 'g', 'g.org_id = t.org_id AND g.id = t.group_id')
      .leftJoin(User, 'u', 'u.org_id = t.org_id AND u.id = t.user_id')
      .leftJoin(OrgGroup, 'ug', 'ug.org_id = t.org_id AND ug.id = u.group_id')
      .select([
        't.org_id AS orgId',
        't.id AS taskId',
        't.memo_id AS memoId',
        't.incoming_letter_id AS letterId',
        't.task AS task',
        // A task belongs to a memo or a letter; one whose document could not be found (none
        // should be) is named as secret.
        "COALESCE(m.secrecy, l.secrecy, 'secret') AS secrecy",
        't.due_at AS dueAt',
        'COALESCE(t.user_id, g.head_user_id) AS assigneeUserId',
        'COALESCE(g.deputy_user_id, ug.deputy_user_id) AS deputyUserId',
      ])
      .where('t.id IN (:...ids) AND t.state = :open', { ids, open: 'open' })
      .orderBy('t.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    const tasks = rows.map((r) => ({
      orgId: Number(r.orgId),
      taskId: Number(r.taskId),
      memoId: r.memoId === null ? null : Number(r.memoId),
      letterId: r.letterId === null ? null : Number(r.letterId),
      task: shownSubject({ subject: r.task, secrecy: r.secrecy }),
      dueAt: toDate(r.dueAt as string | Date) ?? new Date(0),
      assigneeUserId: r.assigneeUserId === null ? null : Number(r.assigneeUserId),
      deputyUserId: r.deputyUserId === null ? null : Number(r.deputyUserId),
    }));
    return { rows: tasks, next: nextAfter(ids, limit) };
  }

  /**
   * Ids of the rows whose `column` is `value`, `limit` of them after id `after`: an index range
   * on (column, id) alone. The joins come after, on these ids only: joined first, MariaDB drove
   * the page from the offices and sorted all 250,000 memos in review for each page.
   */
  private async idsAfter(
    entity: typeof Memo | typeof MemoTask,
    column: 'status' | 'state',
    value: string,
    after: number,
    limit: number,
  ): Promise<number[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(entity, 'x')
      .select('x.id', 'id')
      .where(`x.${column} = :value AND x.id > :after`, { value, after })
      .orderBy('x.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: number | string }>();
    return rows.map((r) => Number(r.id));
  }

  /** Each office's holidays, as ISO days. */
  async holidaysAcrossOffices(orgIds: number[]): Promise<Map<number, Set<string>>> {
    const byOffice = new Map<number, Set<string>>(orgIds.map((id) => [id, new Set()]));
    if (orgIds.length === 0) return byOffice;
    const rows = await this.dataSource.manager
      .createQueryBuilder(OfficeHoliday, 'h')
      .where('h.org_id IN (:...orgIds)', { orgIds })
      .getMany();
    for (const h of rows) byOffice.get(h.orgId)?.add(h.day);
    return byOffice;
  }

  /** Of these planned reminders' subjects, the reminders already sent, as `reminderKey`s. */
  async sentAmong(planned: ReadonlyArray<Pick<Reminder, 'subjectType' | 'subjectId'>>) {
    const idsByType = new Map<ReminderSubject, Set<number>>();
    for (const p of planned) {
      idsByType.set(p.subjectType, (idsByType.get(p.subjectType) ?? new Set()).add(p.subjectId));
    }
    const sent = new Set<string>();
    for (const [subjectType, ids] of idsByType) {
      const rows = await this.dataSource.manager
        .createQueryBuilder(Reminder, 'r')
        .where('r.subject_type = :subjectType AND r.subject_id IN (:...ids)', {
          subjectType,
          ids: [...ids],
        })
        .getMany();
      for (const r of rows) sent.add(reminderKey(r));
    }
    return sent;
  }

  /** The new row's id; throws a unique violation when already sent (by any instance). */
  async record(tx: Tx, reminder: Omit<Reminder, 'id'>): Promise<number> {
    const saved = await managerOf(tx).save(Reminder, { ...reminder });
    return saved.id;
  }

  /** The office's holidays, of one year if given, by day. */
  holidays(orgId: number, year?: number): Promise<OfficeHoliday[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(OfficeHoliday, 'h')
      .where('h.org_id = :orgId', { orgId });
    if (year !== undefined) qb.andWhere('h.day LIKE :prefix', { prefix: `${year}-%` });
    return qb.orderBy('h.day', 'ASC').getMany();
  }

  findHoliday(orgId: number, id: number, tx?: Tx): Promise<OfficeHoliday | null> {
    const em = tx ? managerOf(tx) : this.dataSource.manager;
    return em.findOneBy(OfficeHoliday, { orgId, id });
  }

  saveHoliday(tx: Tx, holiday: Omit<OfficeHoliday, 'id'>): Promise<OfficeHoliday> {
    return managerOf(tx).save(OfficeHoliday, holiday);
  }

  async deleteHoliday(tx: Tx, orgId: number, id: number): Promise<void> {
    await managerOf(tx).delete(OfficeHoliday, { orgId, id });
  }

  async countFor(orgId: number, userId: number, kind: string): Promise<number> {
    return this.dataSource.manager.count(Reminder, { where: { orgId, userId, kind } });
  }
}
