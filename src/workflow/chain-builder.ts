import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction-runner';
import type { IssuanceKind } from '../memo/memo.enums';
import type { Memo } from '../memo/memo.entity';
import { OrgRepository } from '../org/org.repository';
import { ChainResult, resolveChain } from './chain';

/** Reads the office's structure as it is at submission and resolves the memo's chain from it. */
@Injectable()
export class ChainBuilder {
  constructor(private readonly org: OrgRepository) {}

  async resolve(
    tx: Tx,
    memo: Memo,
    issuanceKind: IssuanceKind | null,
    at: Date,
  ): Promise<ChainResult> {
    const [group, directors, delegations] = await Promise.all([
      memo.groupId === null ? null : this.org.findGroup(memo.orgId, memo.groupId, tx),
      this.org.findUsersWithRole(memo.orgId, 'director', tx),
      this.org.activeDelegations(memo.orgId, at, tx),
    ]);
    const leaders = await this.org.findUsersByIds(
      memo.orgId,
      [group?.headUserId, group?.deputyUserId].filter((id): id is number => typeof id === 'number'),
      tx,
    );
    const active = (id: number | null | undefined) =>
      id !== null && id !== undefined && leaders.some((u) => u.id === id && u.active) ? id : null;
    return resolveChain({
      authorUserId: memo.authorUserId,
      group: group && {
        headUserId: active(group.headUserId),
        deputyUserId: active(group.deputyUserId),
      },
      directorUserId: directors[0]?.id ?? null,
      delegations,
      documentKinds: issuanceKind ? ['memo', issuanceKind] : ['memo'],
    });
  }
}
