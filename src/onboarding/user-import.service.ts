import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { fullName } from '../org/user.entity';
import type { UploadedFile } from '../storage/upload';
import { readTable } from './csv-table';
import { ImportResult, ImportRow } from './import-result';
import { CheckedUser, checkUserRow, USER_COLUMNS, UserPlan } from './user-rows';

/** A strong first password for a row without one: 16 characters of 96 random bits. */
const initialPassword = (): string => randomBytes(12).toString('base64url');

/**
 * People from a CSV file, all or nothing: a taken username, an unknown group or role, or a
 * username twice in the file refuses the whole file. Rows without a password get a generated
 * one, returned once in that row's result (`initialPassword`) for the admin to hand out.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async run(actor: Actor, file: UploadedFile | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file) throw new DomainError('ATTACHMENT_MISSING');
    const table = readTable(file.buffer, USER_COLUMNS);
    const [groups, taken] = await Promise.all([
      this.repo.listGroups(actor.orgId),
      this.repo.usernamesTakenAcrossOffices(table.map((r) => r.values.username)),
    ]);
    const context = {
      groups,
      taken: new Set(taken),
      seen: new Set<string>(),
      headed: new Set<number>(),
    };
    const checked = table.map((r) => checkUserRow(r, context));
    const rows = checked.map((c) => summary(c, groups));
    const ok = rows.every((r) => r.status === 'ok');
    if (!ok || dryRun) return { dryRun, ok, rows };
    const passwords = checked.map((c) => c.plan.values.password || initialPassword());
    const hashes = await Promise.all(passwords.map((p) => this.hasher.hash(p)));
    await this.tx.run((tx) =>
      this.write(
        tx,
        actor,
        checked.map((c) => c.plan),
        hashes,
      ),
    );
    checked.forEach((c, i) => {
      if (!c.plan.values.password) rows[i].initialPassword = passwords[i];
    });
    return { dryRun, ok, rows };
  }

  private async write(tx: Tx, actor: Actor, plans: UserPlan[], hashes: string[]): Promise<void> {
    for (const [i, plan] of plans.entries()) {
      const { values } = plan;
      const position = values.position
        ? await this.repo.positionNamed(tx, actor.orgId, values.position)
        : null;
      const user = await this.repo.saveUser(tx, {
        orgId: actor.orgId,
        username: values.username,
        passwordHash: hashes[i],
        titlePrefix: values.titlePrefix,
        firstName: values.firstName,
        lastName: values.lastName,
        positionId: position?.id ?? null,
        groupId: plan.groupId,
        roles: plan.roles,
        email: values.email || null,
        active: true,
        createdAt: this.clock.now(),
      });
      await this.audit.record(tx, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        data: { username: values.username, roles: plan.roles, via: 'import' },
      });
      await this.lead(tx, actor, plan, user.id);
    }
  }

  /** The row's posts: head of its group, deputy overseeing the groups it names. */
  private async lead(tx: Tx, actor: Actor, plan: UserPlan, userId: number): Promise<void> {
    const posts: Array<readonly [number, 'headUserId' | 'deputyUserId']> = [
      ...(plan.heads && plan.groupId !== null ? [[plan.groupId, 'headUserId'] as const] : []),
      ...plan.overseesGroupIds.map((id) => [id, 'deputyUserId'] as const),
    ];
    for (const [groupId, post] of posts) {
      const group = await this.repo.findGroup(actor.orgId, groupId, tx);
      if (!group) continue;
      await this.repo.saveGroup(tx, { ...group, [post]: userId });
    }
  }
}

function summary(
  { plan, errors }: CheckedUser,
  groups: Array<{ id: number; name: string }>,
): ImportRow {
  const { values } = plan;
  return {
    row: plan.row,
    status: errors.length ? 'error' : 'ok',
    errors,
    username: values.username,
    name: fullName(values),
    group: groups.find((g) => g.id === plan.groupId)?.name ?? null,
    roles: plan.roles,
    ...(plan.heads ? { heads: true } : {}),
    ...(plan.overseesGroupIds.length ? { oversees: plan.overseesGroupIds.length } : {}),
    passwordGiven: values.password !== '',
  };
}
