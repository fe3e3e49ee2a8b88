import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { PasswordHasher } from '../auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import { CreateGroupDto, CreateUserDto, UpdateGroupDto, UpdateUserDto } from './dto/org.dto';
import { OrgRepository } from './org.repository';
import {
  toDelegationView,
  toGroupView,
  toOrganizationView,
  toUserView,
  UserView,
} from './org.views';
import { User } from './user.entity';

@Injectable()
export class OrgService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async me(actor: Actor) {
    const [user, org, delegations] = await Promise.all([
      this.repo.findUser(actor.orgId, actor.userId),
      this.repo.findOrganization(actor.orgId),
      this.repo.activeDelegations(actor.orgId, this.clock.now()),
    ]);
    if (!user || !org) throw notFound();
    return {
      user: toUserView(user),
      organization: toOrganizationView(org),
      delegations: delegations
        .filter((d) => d.delegateUserId === actor.userId)
        .map((d) => toDelegationView(d, this.clock.now())),
    };
  }

  async organization(actor: Actor) {
    const org = await this.repo.findOrganization(actor.orgId);
    if (!org) throw notFound();
    return toOrganizationView(org);
  }

  async listGroups(actor: Actor) {
    return (await this.repo.listGroups(actor.orgId)).map(toGroupView);
  }

  createGroup(actor: Actor, dto: CreateGroupDto) {
    return this.tx.run(async (tx) => {
      if (await this.repo.groupNameExists(actor.orgId, dto.name, undefined, tx)) {
        throw new DomainError('GROUP_NAME_TAKEN');
      }
      await this.requireInOffice(actor, [dto.headUserId, dto.deputyUserId], tx);
      const group = await this.repo.saveGroup(tx, { ...dto, orgId: actor.orgId });
      await this.record(tx, actor, 'group.create', 'group', group.id, { ...dto });
      return toGroupView(group);
    });
  }

  updateGroup(actor: Actor, groupId: number, dto: UpdateGroupDto) {
    return this.tx.run(async (tx) => {
      const group = await this.repo.findGroup(actor.orgId, groupId, tx);
      if (!group) throw notFound();
      if (dto.name && (await this.repo.groupNameExists(actor.orgId, dto.name, groupId, tx))) {
        throw new DomainError('GROUP_NAME_TAKEN');
      }
      await this.requireInOffice(actor, [dto.headUserId, dto.deputyUserId], tx);
      const saved = await this.repo.saveGroup(tx, { ...group, ...dto });
      await this.record(tx, actor, 'group.update', 'group', groupId, { ...dto });
      return toGroupView(saved);
    });
  }

  async listUsers(actor: Actor): Promise<UserView[]> {
    return (await this.repo.listUsers(actor.orgId)).map(toUserView);
  }

  async getUser(actor: Actor, userId: number): Promise<UserView> {
    const user = await this.repo.findUser(actor.orgId, userId);
    if (!user) throw notFound();
    return toUserView(user);
  }

  async createUser(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    const passwordHash = await this.hasher.hash(dto.password);
    const id = await this.tx.run(async (tx) => {
      if (await this.repo.usernameExistsAcrossOffices(dto.username, tx))
        throw new DomainError('USERNAME_TAKEN');
      const fields = await this.resolveUserFields(actor, dto, tx);
      const user = await this.repo.saveUser(tx, {
        orgId: actor.orgId,
        username: dto.username,
        passwordHash,
        titlePrefix: dto.titlePrefix,
        firstName: dto.firstName,
        lastName: dto.lastName,
        roles: dto.roles,
        email: dto.email ?? null,
        active: true,
        createdAt: this.clock.now(),
        ...fields,
      });
      await this.record(tx, actor, 'user.create', 'user', user.id, {
        username: dto.username,
        roles: dto.roles,
      });
      return user.id;
    });
    return this.getUser(actor, id);
  }

  async updateUser(actor: Actor, userId: number, dto: UpdateUserDto): Promise<UserView> {
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : undefined;
    await this.tx.run(async (tx) => {
      const user = await this.repo.findUser(actor.orgId, userId, tx);
      if (!user) throw notFound();
      if (
        dto.username &&
        dto.username !== user.username &&
        (await this.repo.usernameExistsAcrossOffices(dto.username, tx))
      ) {
        throw new DomainError('USERNAME_TAKEN');
      }
      const fields = await this.resolveUserFields(actor, dto, tx);
      const { password: _password, positionName: _positionName, ...plain } = dto;
      await this.repo.saveUser(tx, {
        ...stripRelations(user),
        ...plain,
        ...fields,
        ...(passwordHash ? { passwordHash, sessionVersion: user.sessionVersion + 1 } : {}),
      });
      // A new password ends the user's sessions (above); it is never recorded, only that it changed.
      await this.record(tx, actor, 'user.update', 'user', userId, {
        ...plain,
        passwordChanged: Boolean(passwordHash),
      });
    });
    return this.getUser(actor, userId);
  }

  async listPositions(actor: Actor) {
    return (await this.repo.listPositions(actor.orgId)).map((p) => ({ id: p.id, name: p.name }));
  }

  private record(
    tx: Tx,
    actor: Actor,
    action: string,
    entityType: string,
    entityId: number,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(tx, actor, { action, entityType, entityId, data });
  }

  private async resolveUserFields(
    actor: Actor,
    dto: Pick<CreateUserDto, 'positionName' | 'groupId'>,
    tx: Tx,
  ): Promise<Partial<User>> {
    const fields: Partial<User> = {};
    if (dto.positionName) {
      fields.positionId = (await this.repo.positionNamed(tx, actor.orgId, dto.positionName)).id;
    }
    if (dto.groupId !== undefined) {
      if (dto.groupId !== null && !(await this.repo.findGroup(actor.orgId, dto.groupId, tx))) {
        throw notFound();
      }
      fields.groupId = dto.groupId;
    }
    return fields;
  }

  /** People named in a request must be colleagues: anyone else is "not found" (404). */
  async requireInOffice(actor: Actor, ids: Array<number | null | undefined>, tx?: Tx) {
    const wanted = ids.filter((id): id is number => typeof id === 'number');
    const found = await this.repo.findUsersByIds(actor.orgId, wanted, tx);
    if (found.length !== new Set(wanted).size) throw notFound();
  }
}

const stripRelations = (u: User): Omit<User, 'position' | 'group' | 'org'> => {
  const { position: _p, group: _g, org: _o, ...rest } = u;
  return rest;
};
