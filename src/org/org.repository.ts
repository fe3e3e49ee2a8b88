import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual } from 'typeorm';
import type { Tx } from '../database/transaction-runner';
import { Delegation } from './delegation.entity';
import { OrgGroup } from './org-group.entity';
import { Organization } from './organization.entity';
import { Position } from './position.entity';
import { User } from './user.entity';

/** Persistence of organisations, groups, positions, users and delegations. Every read is scoped by orgId. */
@Injectable()
export class OrgRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findOrganization(orgId: number, tx?: Tx): Promise<Organization | null> {
    return this.em(tx).findOneBy(Organization, { id: orgId });
  }

  findOrganizationByCode(code: string): Promise<Organization | null> {
    return this.dataSource.manager.findOneBy(Organization, { code });
  }

  saveOrganization(org: Partial<Organization>, tx?: Tx): Promise<Organization> {
    return this.em(tx).save(Organization, org);
  }

  findUserForLogin(username: string): Promise<User | null> {
    return this.dataSource.manager.findOneBy(User, { username });
  }

  /** Raises the user's session version unless another sign-out already did. */
  async endSessions(orgId: number, userId: number, version: number, tx: Tx): Promise<void> {
    await tx.update(
      User,
      { id: userId, orgId, sessionVersion: version },
      { sessionVersion: version + 1 },
    );
  }

  /** The one unscoped user lookup: resolving a token's subject, checked against its org claim. */
  findActiveUserById(orgId: number, userId: number): Promise<User | null> {
    return this.dataSource.manager.findOneBy(User, { id: userId, orgId, active: true });
  }

  findUser(orgId: number, userId: number, tx?: Tx): Promise<User | null> {
    return this.em(tx).findOne(User, {
      where: { id: userId, orgId },
      relations: { position: true, group: true },
    });
  }

  findUsersByIds(orgId: number, ids: number[], tx?: Tx): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em(tx).find(User, {
      where: { orgId, id: In(ids) },
      relations: { position: true, group: true },
    });
  }

  listUsers(orgId: number): Promise<User[]> {
    return this.dataSource.manager.find(User, {
      where: { orgId },
      relations: { position: true, group: true },
      order: { id: 'ASC' },
    });
  }

  /** The active holders of a role in an office, e.g. its director. */
  async findUsersWithRole(orgId: number, role: string, tx?: Tx): Promise<User[]> {
    const users = await this.em(tx).find(User, {
      where: { orgId, active: true },
      relations: { position: true },
      order: { id: 'ASC' },
    });
    return users.filter((u) => u.roles.includes(role as User['roles'][number]));
  }

  usernameExists(username: string, tx?: Tx): Promise<boolean> {
    return this.em(tx).existsBy(User, { username });
  }

  saveUser(user: Partial<User>, tx?: Tx): Promise<User> {
    return this.em(tx).save(User, user);
  }

  findGroup(orgId: number, groupId: number, tx?: Tx): Promise<OrgGroup | null> {
    return this.em(tx).findOneBy(OrgGroup, { id: groupId, orgId });
  }

  listGroups(orgId: number): Promise<OrgGroup[]> {
    return this.dataSource.manager.find(OrgGroup, { where: { orgId }, order: { id: 'ASC' } });
  }

  groupNameExists(orgId: number, name: string, exceptId?: number, tx?: Tx): Promise<boolean> {
    return this.em(tx)
      .findOneBy(OrgGroup, { orgId, name })
      .then((g) => g !== null && g.id !== exceptId);
  }

  saveGroup(group: Partial<OrgGroup>, tx?: Tx): Promise<OrgGroup> {
    return this.em(tx).save(OrgGroup, group);
  }

  findPosition(orgId: number, positionId: number, tx?: Tx): Promise<Position | null> {
    return this.em(tx).findOneBy(Position, { id: positionId, orgId });
  }

  listPositions(orgId: number): Promise<Position[]> {
    return this.dataSource.manager.find(Position, { where: { orgId }, order: { id: 'ASC' } });
  }

  /** Finds a position by its printed name, creating it on first use. */
  async positionNamed(orgId: number, name: string, tx?: Tx): Promise<Position> {
    const existing = await this.em(tx).findOneBy(Position, { orgId, name });
    return existing ?? this.em(tx).save(Position, { orgId, name });
  }

  listDelegations(orgId: number): Promise<Delegation[]> {
    return this.dataSource.manager.find(Delegation, {
      where: { orgId },
      relations: { delegate: true },
      order: { startsAt: 'DESC' },
    });
  }

  findDelegation(orgId: number, id: number, tx?: Tx): Promise<Delegation | null> {
    return this.em(tx).findOneBy(Delegation, { orgId, id });
  }

  /** Delegations in force at `at` (started, not ended, not revoked). */
  async activeDelegations(orgId: number, at: Date, tx?: Tx): Promise<Delegation[]> {
    const started = await this.em(tx).find(Delegation, {
      where: { orgId, revokedAt: IsNull(), startsAt: LessThanOrEqual(at) },
      order: { startsAt: 'DESC', id: 'DESC' },
    });
    return started.filter((d) => d.endsAt === null || d.endsAt.getTime() > at.getTime());
  }

  saveDelegation(delegation: Partial<Delegation>, tx?: Tx): Promise<Delegation> {
    return this.em(tx).save(Delegation, delegation);
  }
}
