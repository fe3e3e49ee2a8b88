import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { OfficeSpec, SeededOffice } from './office-spec';

/** Creates an office, its groups, people and delegations in one transaction. */
@Injectable()
export class OfficeSeeder {
  constructor(
    private readonly repo: OrgRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  seed(spec: OfficeSpec, passwordHash: string): Promise<SeededOffice> {
    return this.tx.run(async (tx) => {
      const now = this.clock.now();
      const org = await this.repo.saveOrganization(tx, {
        code: spec.code,
        name: spec.name,
        shortName: spec.shortName,
        bookCode: spec.bookCode,
        parentAgency: spec.parentAgency,
        address: spec.address ?? '',
        phone: spec.phone ?? '',
        email: spec.email ?? '',
        createdAt: now,
      });
      await this.audit.startChain(tx, org.id);
      const groupIds = await this.createGroups(org.id, spec, tx);
      const userIds = await this.createPeople(org.id, spec, groupIds, passwordHash, tx);
      await this.assignLeaders(org.id, spec, groupIds, userIds, tx);
      for (const d of spec.delegations ?? []) {
        await this.repo.saveDelegation(tx, {
          orgId: org.id,
          kind: d.kind,
          delegateUserId: userIds[d.delegate],
          documentKinds: d.documentKinds,
          reference: d.reference,
          startsAt: d.startsAt,
          endsAt: d.endsAt ?? null,
          revokedAt: null,
          createdAt: now,
        });
      }
      return { orgId: org.id, groupIds, userIds };
    });
  }

  private async createGroups(
    orgId: number,
    spec: OfficeSpec,
    tx: Tx,
  ): Promise<Record<string, number>> {
    const ids: Record<string, number> = {};
    for (const g of spec.groups) {
      const group = await this.repo.saveGroup(tx, {
        orgId,
        name: g.name,
        shortName: g.shortName,
        phone: g.phone,
        headUserId: null,
        deputyUserId: null,
      });
      ids[g.key] = group.id;
    }
    return ids;
  }

  private async createPeople(
    orgId: number,
    spec: OfficeSpec,
    groupIds: Record<string, number>,
    passwordHash: string,
    tx: Tx,
  ): Promise<Record<string, number>> {
    const ids: Record<string, number> = {};
    for (const p of spec.people) {
      const position = await this.repo.positionNamed(tx, orgId, p.position);
      const user = await this.repo.saveUser(tx, {
        orgId,
        username: p.username,
        passwordHash,
        titlePrefix: p.titlePrefix,
        firstName: p.firstName,
        lastName: p.lastName,
        positionId: position.id,
        groupId: p.group ? groupIds[p.group] : null,
        roles: p.roles,
        email: p.email ?? null,
        active: true,
        createdAt: this.clock.now(),
      });
      ids[p.key] = user.id;
    }
    return ids;
  }

  private async assignLeaders(
    orgId: number,
    spec: OfficeSpec,
    groupIds: Record<string, number>,
    userIds: Record<string, number>,
    tx: Tx,
  ): Promise<void> {
    for (const g of spec.groups) {
      const head = spec.people.find((p) => p.heads && p.group === g.key);
      const group = await this.repo.findGroup(orgId, groupIds[g.key], tx);
      if (!group) continue;
      group.headUserId = head ? userIds[head.key] : null;
      group.deputyUserId = g.deputy ? userIds[g.deputy] : null;
      await this.repo.saveGroup(tx, group);
    }
  }
}
