import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { User } from '../org/user.entity';
import { MemoTask, TaskState } from './memo-task.entity';
import { Subject, subjectWhere } from './subject';

/** Whose tasks a list holds: the person's own, their groups', and those of the groups they head. */
export interface TaskScope {
  userId: number;
  /** The person's own group and the groups they head: tasks given to these groups. */
  groupIds: number[];
  /** Groups the person heads: tasks given to these groups' members too. */
  headedGroupIds: number[];
}

/** Tasks that approvals assign. Every method is scoped by orgId; writes take the transaction first. */
@Injectable()
export class TaskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  insert(tx: Tx, rows: Array<OfficeRow<MemoTask>>): Promise<MemoTask[]> {
    return rows.length > 0 ? managerOf(tx).save(MemoTask, rows) : Promise.resolve([]);
  }

  find(orgId: number, id: number, tx?: Tx): Promise<MemoTask | null> {
    return this.em(tx).findOneBy(MemoTask, { orgId, id });
  }

  ofSubject(orgId: number, subject: Subject, tx?: Tx): Promise<MemoTask[]> {
    return this.em(tx).find(MemoTask, {
      where: { orgId, ...subjectWhere(subject) },
      order: { taskIndex: 'ASC' },
    });
  }

  /** The tasks in scope, the soonest due first. */
  list(orgId: number, scope: TaskScope, state: TaskState | undefined, skip: number, take: number) {
    const q = this.dataSource.manager
      .createQueryBuilder(MemoTask, 't')
      .leftJoin(User, 'u', 'u.id = t.user_id AND u.org_id = t.org_id')
      .where('t.org_id = :orgId', { orgId })
      .andWhere(
        new Brackets((b) => {
          b.where('t.user_id = :userId', { userId: scope.userId });
          if (scope.groupIds.length > 0)
            b.orWhere('t.group_id IN (:...groupIds)', { groupIds: scope.groupIds });
          if (scope.headedGroupIds.length > 0)
            b.orWhere('u.group_id IN (:...headed)', { headed: scope.headedGroupIds });
        }),
      );
    if (state) q.andWhere('t.state = :state', { state });
    return q
      .orderBy('t.dueAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  /** Marks an open task done; false when it was done already (the first note stands). */
  async complete(
    tx: Tx,
    orgId: number,
    id: number,
    done: { note: string; at: Date; byUserId: number },
  ): Promise<boolean> {
    const result = await managerOf(tx).update(
      MemoTask,
      { orgId, id, state: 'open' },
      { state: 'done', doneNote: done.note, doneAt: done.at, doneByUserId: done.byUserId },
    );
    return result.affected === 1;
  }
}
