import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { Delegation } from './delegation.entity';
import { OrgGroup } from './org-group.entity';
import { Organization } from './organization.entity';
import { Position } from './position.entity';
import { User } from './user.entity';

/**
 * Persistence of organisations, groups, positions, users and delegations. Every method is scoped
 * by orgId except those named …AcrossOffices; writes take the transaction first.
 */
@Injectable()
export class OrgRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  findOrganization(orgId: number, tx?: Tx): Promise<Organization | null> {
    return this.em(tx).findOneBy(Organization, { id: orgId });
  }

  /**
   * Across offices: the public OIT page and the demo seed name an office by its code alone.
   * The platform's own organisation is no office and is never found this way.
   */
  findOrganizationByCodeAcrossOffices(code: string): Promise<Organization | null> {
    return this.dataSource.manager.findOneBy(Organization, { code, kind: 'office' });
  }

  /** The blob of the office's own Garuda, or null when it prints the server's default. */
  async emblemOf(orgId: number, tx?: Tx): Promise<string | null> {
    const org = await this.em(tx).findOne(Organization, {
      where: { id: orgId },
      select: { id: true, emblemSha256: true },
    });
    return org?.emblemSha256 ?? null;
  }

  /** Sets the office's emblem blob; null goes back to the server's default. */
  async setEmblem(tx: Tx, orgId: number, sha256: string | null): Promise<void> {
    await managerOf(tx).update(Organization, { id: orgId }, { emblemSha256: sha256 });
  }

  /** Creates an office: the row is the office itself, so there is no orgId to scope it by. */
  saveOrganization(tx: Tx, org: Partial<Organization>): Promise<Organization> {
    return managerOf(tx).save(Organization, org);
  }

  /** Across offices: usernames are unique system-wide, and sign-in comes before any office. */
  findUserForLoginAcrossOffices(username: string): Promise<User | null> {
    return this.dataSource.manager.findOneBy(User, { username });
  }

  /** Raises the user's session version unless another sign-out already did. */
  async endSessions(tx: Tx, orgId: number, userId: number, version: number): Promise<void> {
    await managerOf(tx).update(
      User,
      { id: userId, orgId, sessionVersion: version },
      { sessionVersion: version + 1 },
    );
  }

  /** Resolves a token's subject, in the office its org claim names, with that organisation. */
  findActiveUserById(orgId: number, userId: number): Promise<User | null> {
    return this.dataSource.manager.findOne(User, {
      where: { id: userId, orgId, active: true },
      relations: { org: true },
    });
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

  /** The office's active users with these usernames (others' and suspended ones are left out). */
  findActiveUsersByUsernames(orgId: number, usernames: string[], tx?: Tx): Promise<User[]> {
    if (usernames.length === 0) return Promise.resolve([]);
    return this.em(tx).find(User, { where: { orgId, active: true, username: In(usernames) } });
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

  /** Across offices: usernames are unique system-wide (sign-in does not ask for the office). */
  usernameExistsAcrossOffices(username: string, tx?: Tx): Promise<boolean> {
    return this.em(tx).existsBy(User, { username });
  }

  /** Across offices: which of these usernames are taken anywhere (a CSV import checks them). */
  async usernamesTakenAcrossOffices(usernames: string[], tx?: Tx): Promise<string[]> {
    if (usernames.length === 0) return [];
    const found = await this.em(tx).find(User, {
      select: { username: true },
      where: { username: In(usernames) },
    });
    return found.map((u) => u.username);
  }

  saveUser(tx: Tx, user: OfficeRow<User>): Promise<User> {
    return managerOf(tx).save(User, user);
  }

  findGroup(orgId: number, groupId: number, tx?: Tx): Promise<OrgGroup | null> {
    return this.em(tx).findOneBy(OrgGroup, { id: groupId, orgId });
  }

  findGroupsByIds(orgId: number, ids: number[], tx?: Tx): Promise<OrgGroup[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em(tx).find(OrgGroup, { where: { orgId, id: In(ids) } });
  }

  listGroups(orgId: number): Promise<OrgGroup[]> {
    return this.dataSource.manager.find(OrgGroup, { where: { orgId }, order: { id: 'ASC' } });
  }

  groupNameExists(orgId: number, name: string, exceptId?: number, tx?: Tx): Promise<boolean> {
    return this.em(tx)
      .findOneBy(OrgGroup, { orgId, name })
      .then((g) => g !== null && g.id !== exceptId);
  }

  saveGroup(tx: Tx, group: OfficeRow<OrgGroup>): Promise<OrgGroup> {
    return managerOf(tx).save(OrgGroup, group);
  }

  findPosition(orgId: number, positionId: number, tx?: Tx): Promise<Position | null> {
    return this.em(tx).findOneBy(Position, { id: positionId, orgId });
  }

  listPositions(orgId: number): Promise<Position[]> {
    return this.dataSource.manager.find(Position, { where: { orgId }, order: { id: 'ASC' } });
  }

  /** Finds a position by its printed name, creating it on first use. */
  async positionNamed(tx: Tx, orgId: number, name: string): Promise<Position> {
    const em = managerOf(tx);
    const existing = await em.findOneBy(Position, { orgId, name });
    return existing ?? em.save(Position, { orgId, name });
  }

  listDelegations(orgId: number): Promise<Delegation[]> {
    return this.dataSource.manager.find(Delegation, {
      where: { orgId },
      relations: { delegate: true, group: true },
      order: { startsAt: 'DESC' },
    });
  }

  /**
   * The group, locked for the rest of the transaction (MariaDB), so that two acting heads of one
   * group given at once are checked for overlap one after the other; SQLite writes one at a time.
   */
  lockGroup(tx: Tx, orgId: number, groupId: number): Promise<OrgGroup | null> {
    const em = managerOf(tx);
    const locking =
      em.connection.options.type === 'better-sqlite3'
        ? {}
        : { lock: { mode: 'pessimistic_write' as const } };
    return em.findOne(OrgGroup, { where: { id: groupId, orgId }, ...locking });
  }

  /** Unrevoked acting heads of the group whose period meets [startsAt, endsAt) (null: open). */
  async actingHeadsOverlapping(
    tx: Tx,
    orgId: number,
    groupId: number,
    startsAt: Date,
    endsAt: Date | null,
  ): Promise<Delegation[]> {
    const held = await managerOf(tx).find(Delegation, {
      where: { orgId, groupId, kind: 'acting', revokedAt: IsNull() },
    });
    const end = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
    return held.filter(
      (d) => d.startsAt.getTime() < end(endsAt) && startsAt.getTime() < end(d.endsAt),
    );
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

  /** Whether the user is some group's acting head at `at` (and so acts as a group head). */
  async actsAsGroupHead(orgId: number, userId: number, at: Date): Promise<boolean> {
    const started = await this.dataSource.manager.find(Delegation, {
      where: {
        orgId,
        delegateUserId: userId,
        kind: 'acting',
        groupId: Not(IsNull()),
        revokedAt: IsNull(),
        startsAt: LessThanOrEqual(at),
      },
      select: { id: true, endsAt: true },
    });
    return started.some((d) => d.endsAt === null || d.endsAt.getTime() > at.getTime());
  }

  saveDelegation(tx: Tx, delegation: OfficeRow<Delegation>): Promise<Delegation> {
    return managerOf(tx).save(Delegation, delegation);
  }
}
