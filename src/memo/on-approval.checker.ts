import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import type { Secrecy } from './memo.enums';
import { namedIn, namesOnlyPeople, OnApprovalPlan } from './on-approval';

/**
 * A memo's `onApproval` as drafted: the groups and people it names are the office's own (any
 * other id or username is refused alike, so another office's names leak nothing), tasks are
 * due in the future, and a secret memo names people only.
 */
@Injectable()
export class OnApprovalChecker {
  constructor(
    private readonly org: OrgRepository,
    private readonly clock: Clock,
  ) {}

  /** `fresh`: the plan was given in this request, so its due times are checked too. */
  async check(
    actor: Actor,
    plan: OnApprovalPlan | null,
    secrecy: Secrecy,
    fresh: boolean,
    tx: Tx,
  ): Promise<void> {
    if (!plan) return;
    if (secrecy !== 'normal' && !namesOnlyPeople(plan))
      throw new DomainError('ON_APPROVAL_SECRET_NAMES_ONLY');
    const now = this.clock.now().getTime();
    if (fresh && (plan.tasks ?? []).some((t) => new Date(t.dueAt).getTime() <= now))
      throw new DomainError('ON_APPROVAL_DUE_PASSED');
    const { groupIds, usernames } = namedIn(plan);
    const groups = await this.org.findGroupsByIds(actor.orgId, groupIds, tx);
    if (groups.length !== groupIds.length) throw new DomainError('ON_APPROVAL_UNKNOWN_GROUP');
    const users = await this.org.findActiveUsersByUsernames(actor.orgId, usernames, tx);
    // Compared exactly: MariaDB's collation would match "Officer" to "officer", SQLite not.
    const found = new Set(users.map((u) => u.username));
    if (usernames.some((u) => !found.has(u))) throw new DomainError('ON_APPROVAL_UNKNOWN_USER');
  }
}
