import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { MemoService } from '../memo/memo.service';
import { OrgRepository } from '../org/org.repository';
import { fullName } from '../org/user.entity';
import { GroupStanding, mayCompleteTask } from './circulation-access';
import { CirculationRepository } from './circulation.repository';
import { IncomingLetters } from '../incoming/incoming-letters';
import { auditEntity, shownSubject } from './shown-subject';
import {
  documentOf,
  letterSubject,
  memoSubject,
  Subject,
  SubjectKind,
  subjectKey,
  subjectOfRow,
} from './subject';
import type { TaskQueryDto } from './dto/circulation.dto';
import type { MemoTask } from './memo-task.entity';
import { TaskRepository } from './task.repository';

/**
 * Tasks that approvals and endorsements assign: the caller's and their groups' list, a memo's or
 * a letter's tasks, marking one done.
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly repo: TaskRepository,
    private readonly circulations: CirculationRepository,
    private readonly memos: MemoService,
    private readonly letters: IncomingLetters,
    private readonly org: OrgRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Tasks given to the caller or their group, and all tasks of the groups they head. */
  async list(actor: Actor, q: Pick<TaskQueryDto, 'state' | 'page' | 'pageSize'>) {
    const me = await this.standing(actor);
    const groupIds = [...new Set([...(me.groupId ? [me.groupId] : []), ...me.headedGroupIds])];
    const [rows, total] = await this.repo.list(
      actor.orgId,
      { userId: actor.userId, groupIds, headedGroupIds: [...me.headedGroupIds] },
      q.state,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    const readable = await this.access.readableDocuments(
      actor,
      rows.map((t) => documentOf(subjectOfRow(t))),
    );
    const items = await this.views(
      actor,
      me,
      rows.filter((t) => readable.has(subjectKey(subjectOfRow(t)))),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** A memo's tasks, for whoever may read the memo (its page). */
  ofMemo(actor: Actor, memoId: number) {
    return this.ofSubject(actor, memoSubject(memoId));
  }

  /** A letter's tasks, for whoever may read the letter (its page). */
  ofLetter(actor: Actor, letterId: number) {
    return this.ofSubject(actor, letterSubject(letterId));
  }

  private async ofSubject(actor: Actor, subject: Subject) {
    await this.load(actor, subject);
    return this.views(
      actor,
      await this.standing(actor),
      await this.repo.ofSubject(actor.orgId, subject),
    );
  }

  /** The memo or letter, if the caller may read it; else 404. */
  private async load(actor: Actor, subject: Subject): Promise<void> {
    if (subject.kind === 'memo') await this.memos.load(actor, subject.id);
    else await this.letters.load(actor, subject.id);
  }

  /** เสร็จแล้ว: once; the person, their group's head, or the assigned group's people. */
  async done(actor: Actor, id: number, note: string) {
    const task = await this.repo.find(actor.orgId, id);
    if (!task) throw notFound();
    const subject = subjectOfRow(task);
    await this.load(actor, subject);
    const me = await this.standing(actor);
    if (!mayCompleteTask(me, task, await this.assigneeGroup(actor, task)))
      throw new DomainError('FORBIDDEN');
    await this.tx.run(async (tx) => {
      const at = this.clock.now();
      const text = note.trim();
      const done = await this.repo.complete(tx, actor.orgId, id, {
        note: text,
        at,
        byUserId: actor.userId,
      });
      if (!done) throw new DomainError('TASK_ALREADY_DONE');
      await this.audit.record(tx, actor, {
        action: 'task.done',
        ...auditEntity(subject),
        data: { taskId: id, note: text },
      });
    });
    const saved = await this.repo.find(actor.orgId, id);
    return (await this.views(actor, me, saved ? [saved] : []))[0];
  }

  private async standing(actor: Actor): Promise<GroupStanding> {
    const [user, headedGroupIds] = await Promise.all([
      this.org.findUser(actor.orgId, actor.userId),
      this.circulations.headedGroupIds(actor.orgId, actor.userId),
    ]);
    return { userId: actor.userId, groupId: user?.groupId ?? null, headedGroupIds };
  }

  private async assigneeGroup(actor: Actor, task: MemoTask): Promise<number | null> {
    if (task.userId === null) return null;
    return (await this.org.findUser(actor.orgId, task.userId))?.groupId ?? null;
  }

  private async views(actor: Actor, me: GroupStanding, tasks: MemoTask[]) {
    const userIds = tasks.flatMap((t) => [t.userId, t.doneByUserId]).filter((id) => id !== null);
    const groupIds = tasks.flatMap((t) => (t.groupId === null ? [] : [t.groupId]));
    const ids = (kind: SubjectKind) =>
      tasks.map(subjectOfRow).flatMap((s) => (s.kind === kind ? [s.id] : []));
    const [users, groups, memos, letters] = await Promise.all([
      this.org.findUsersByIds(actor.orgId, [...new Set(userIds)]),
      this.org.findGroupsByIds(actor.orgId, [...new Set(groupIds)]),
      this.circulations.memoFacts(actor.orgId, ids('memo')),
      this.circulations.letterFacts(actor.orgId, ids('incoming')),
    ]);
    const user = new Map(users.map((u) => [u.id, u]));
    const group = new Map(groups.map((g) => [g.id, g]));
    return tasks.map((t) => {
      const assignee = t.userId === null ? undefined : user.get(t.userId);
      const doneBy = t.doneByUserId === null ? undefined : user.get(t.doneByUserId);
      return {
        ...toTaskView(t, shownSubject(subjectOfRow(t), memos, letters)),
        assignee:
          t.groupId !== null
            ? { groupId: t.groupId, name: group.get(t.groupId)?.name ?? '' }
            : { username: assignee?.username ?? '', name: assignee ? fullName(assignee) : '' },
        doneBy: doneBy ? { username: doneBy.username, name: fullName(doneBy) } : null,
        canComplete: t.state === 'open' && mayCompleteTask(me, t, assignee?.groupId ?? null),
      };
    });
  }
}

const toTaskView = (t: MemoTask, shown: ReturnType<typeof shownSubject>) => ({
  id: t.id,
  kind: subjectOfRow(t).kind,
  memoId: t.memoId,
  letterId: t.incomingLetterId,
  path: shown?.path ?? '',
  subject: shown?.subject ?? '',
  docNumber: shown?.docNumber ?? null,
  task: t.task,
  dueAt: t.dueAt,
  state: t.state,
  doneNote: t.doneNote,
  doneAt: t.doneAt,
});

export type TaskView = Awaited<ReturnType<TaskService['ofMemo']>>[number];
