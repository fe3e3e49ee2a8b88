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
    // Group delegations of other groups play no part; this group's names its acting head.
    const relevant = delegations.filter((d) => d.groupId === null || d.groupId === group?.id);
    const people = await this.org.findUsersByIds(
      memo.orgId,
      [
        group?.headUserId,
        group?.deputyUserId,
        ...relevant.filter((d) => d.groupId !== null).map((d) => d.delegateUserId),
      ].filter((id): id is number => typeof id === 'number'),
      tx,
    );
    const isActive = (id: number) => people.some((u) => u.id === id && u.active);
    const active = (id: number | null | undefined) =>
      id !== null && id !== undefined && isActive(id) ? id : null;
    return resolveChain({
      authorUserId: memo.authorUserId,
      group: group && {
        id: group.id,
        headUserId: active(group.headUserId),
        deputyUserId: active(group.deputyUserId),
      },
      directorUserId: directors[0]?.id ?? null,
      // A deactivated acting head acts for nobody: the step stays with the head.
      delegations: relevant.filter((d) => d.groupId === null || isActive(d.delegateUserId)),
      documentKinds: issuanceKind ? ['memo', issuanceKind] : ['memo'],
    });
  }
}
