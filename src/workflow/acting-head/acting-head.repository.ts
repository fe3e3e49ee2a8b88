import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { MemoStep } from '../../memo/memo-step.entity';
import { Memo } from '../../memo/memo.entity';
import { Delegation } from '../../org/delegation.entity';
import { OrgGroup } from '../../org/org-group.entity';
import { Organization } from '../../org/organization.entity';
import { User } from '../../org/user.entity';
import { managerOf, type Tx } from '../../database/tx';
import type { ActingHead, HeadStep, StepMove } from './acting-head-plan';

/**
 * What the delegation sweep reads and writes. Across offices (the scheduler serves them all,
 * each row carries its own org_id), or one office when `orgId` is given.
 */
@Injectable()
export class ActingHeadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Acting group heads in force at `at`, in active offices, held by active users; latest first. */
  async actingHeadsAcrossOffices(at: Date, orgId?: number): Promise<ActingHead[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Delegation, 'd')
      .innerJoin(Organization, 'o', 'o.id = d.org_id AND o.active = :yes', { yes: true })
      .innerJoin(User, 'u', 'u.id = d.delegate_user_id AND u.active = :yes')
      .where("d.kind = 'acting' AND d.group_id IS NOT NULL AND d.revoked_at IS NULL")
      .andWhere('d.starts_at <= :at AND (d.ends_at IS NULL OR d.ends_at > :at)', { at })
      .orderBy('d.starts_at', 'DESC')
      .addOrderBy('d.id', 'DESC');
    if (orgId !== undefined) qb.andWhere('d.org_id = :orgId', { orgId });
    const rows = await qb.getMany();
    return rows.map((d) => ({
      id: d.id,
      orgId: d.orgId,
      groupId: d.groupId as number,
      delegateUserId: d.delegateUserId,
    }));
  }

  /**
   * Current group-head steps that may have to move: held by the head of a group with an acting
   * head (`groupIds`), or held under any acting-head delegation (which may have ended).
   */
  async headStepsAcrossOffices(groupIds: number[], orgId?: number): Promise<HeadStep[]> {
    const qb = this.currentHeadSteps().andWhere(
      new Brackets((w) => {
        w.where('s.delegation_id IS NOT NULL');
        if (groupIds.length > 0)
          w.orWhere('s.assignee_user_id = g.head_user_id AND m.group_id IN (:...groupIds)', {
            groupIds,
          });
      }),
    );
    if (orgId !== undefined) qb.andWhere('m.org_id = :orgId', { orgId });
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      orgId: Number(r.orgId),
      memoId: Number(r.memoId),
      memoVersion: Number(r.memoVersion),
      subject: String(r.subject),
      authorUserId: Number(r.authorUserId),
      groupId: Number(r.groupId),
      stepId: Number(r.stepId),
      stepOrder: Number(r.stepOrder),
      assigneeUserId: Number(r.assigneeUserId),
      delegationId: r.delegationId === null ? null : Number(r.delegationId),
      headUserId: r.headUserId === null || !truthy(r.headActive) ? null : Number(r.headUserId),
    }));
  }

  private currentHeadSteps(): SelectQueryBuilder<Memo> {
    return this.dataSource.manager
      .createQueryBuilder(Memo, 'm')
      .innerJoin(
        MemoStep,
        's',
        's.org_id = m.org_id AND s.memo_id = m.id AND s.round = m.round AND s.step_order = m.current_step_order',
      )
      .innerJoin(Organization, 'o', 'o.id = m.org_id AND o.active = :yes', { yes: true })
      .innerJoin(OrgGroup, 'g', 'g.org_id = m.org_id AND g.id = m.group_id')
      .leftJoin(User, 'h', 'h.id = g.head_user_id')
      .select([
        'm.org_id AS orgId',
        'm.id AS memoId',
        'm.version AS memoVersion',
        'm.subject AS subject',
        'm.author_user_id AS authorUserId',
        'm.group_id AS groupId',
        's.id AS stepId',
        's.step_order AS stepOrder',
        's.assignee_user_id AS assigneeUserId',
        's.delegation_id AS delegationId',
        'g.head_user_id AS headUserId',
        'h.active AS headActive',
      ])
      .where("m.status = 'in_review' AND s.state = 'pending' AND s.role = 'group_head'");
  }

  /**
   * Moves the step and the memo's current assignee, only if the memo is still at the version
   * read and the step still pending with the same person: false when anything moved meanwhile.
   */
  async move(tx: Tx, move: StepMove): Promise<boolean> {
    const { step } = move;
    const em = managerOf(tx);
    const memo = await em
      .createQueryBuilder()
      .update(Memo)
      .set({ currentAssigneeUserId: move.toUserId, version: () => 'version + 1' })
      .where(
        "id = :id AND org_id = :orgId AND version = :version AND status = 'in_review' AND current_assignee_user_id = :from",
        {
          id: step.memoId,
          orgId: step.orgId,
          version: step.memoVersion,
          from: step.assigneeUserId,
        },
      )
      .execute();
    if (memo.affected !== 1) return false;
    const moved = await em.update(
      MemoStep,
      { id: step.stepId, orgId: step.orgId, state: 'pending', assigneeUserId: step.assigneeUserId },
      { assigneeUserId: move.toUserId, capacity: move.capacity, delegationId: move.delegationId },
    );
    return moved.affected === 1;
  }
}

/** MariaDB gives booleans as 1/0, SQLite as 1/0 too, a driver may give true. */
const truthy = (v: unknown): boolean => v === true || Number(v) === 1;
