import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { DelegationSweep } from '../workflow/acting-head/delegation-sweep';
import type { Delegation } from './delegation.entity';
import { CreateDelegationDto } from './dto/org.dto';
import { OrgRepository } from './org.repository';
import { toDelegationView } from './org.views';

/**
 * Delegations of the director's authority (ปฏิบัติราชการแทน, รักษาราชการแทน) and of a group
 * head's post (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม), each for a period.
 */
@Injectable()
export class DelegationService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly sweep: DelegationSweep,
  ) {}

  async list(actor: Actor) {
    const now = this.clock.now();
    return (await this.repo.listDelegations(actor.orgId)).map((d) => toDelegationView(d, now));
  }

  /**
   * The director's delegation, or with `groupId` an acting group head: the steps waiting at the
   * head move to the acting head at once if the period has started (and back when it ends).
   */
  async create(actor: Actor, dto: CreateDelegationDto) {
    if (dto.endsAt && dto.endsAt.getTime() <= dto.startsAt.getTime()) {
      throw new DomainError('INVALID_DELEGATION_PERIOD');
    }
    const groupId = dto.groupId ?? null;
    if (groupId !== null && dto.kind !== 'acting')
      throw new DomainError('DELEGATION_GROUP_NEEDS_ACTING');
    // An acting head endorses memos; the director's delegations name what they cover.
    const documentKinds = groupId === null ? (dto.documentKinds ?? []) : ['memo' as const];
    const view = await this.tx.run(async (tx) => {
      await this.requireDelegate(actor, dto.delegateUserId, tx);
      if (groupId !== null) await this.requireActingHeadFree(actor, groupId, dto, tx);
      const saved = await this.repo.saveDelegation(tx, {
        orgId: actor.orgId,
        kind: dto.kind,
        delegateUserId: dto.delegateUserId,
        groupId,
        documentKinds,
        startsAt: dto.startsAt,
        endsAt: dto.endsAt ?? null,
        reference: dto.reference ?? '',
        revokedAt: null,
        createdAt: this.clock.now(),
      });
      await this.audit.record(tx, actor, {
        action: 'delegation.create',
        entityType: 'delegation',
        entityId: saved.id,
        data: { kind: dto.kind, delegateUserId: dto.delegateUserId, documentKinds, groupId },
      });
      return toDelegationView(saved, this.clock.now());
    });
    if (groupId !== null) await this.sweep.runForOffice(actor.orgId);
    return view;
  }

  async revoke(actor: Actor, delegationId: number) {
    return this.changeRevocation(actor, delegationId, 'delegation.revoke', async (delegation) => {
      delegation.revokedAt ??= this.clock.now();
      return true;
    });
  }

  /**
   * Undoes a revocation made by mistake (the admin page's "undo"): the delegation is in force
   * again for what is left of its period. An acting head is checked for overlap as when given.
   */
  async restore(actor: Actor, delegationId: number) {
    return this.changeRevocation(actor, delegationId, 'delegation.restore', async (d, tx) => {
      if (d.revokedAt === null) return false;
      await this.requireDelegate(actor, d.delegateUserId, tx);
      if (d.groupId !== null) await this.requireActingHeadFree(actor, d.groupId, d, tx);
      d.revokedAt = null;
      return true;
    });
  }

  /**
   * Revoking and restoring: the change (false: nothing to do), saved and audited in one
   * transaction; then an acting head's steps move at once.
   */
  private async changeRevocation(
    actor: Actor,
    delegationId: number,
    action: 'delegation.revoke' | 'delegation.restore',
    change: (delegation: Delegation, tx: Tx) => Promise<boolean>,
  ) {
    const view = await this.tx.run(async (tx) => {
      const delegation = await this.repo.findDelegation(actor.orgId, delegationId, tx);
      if (!delegation) throw notFound();
      if (!(await change(delegation, tx))) return toDelegationView(delegation, this.clock.now());
      const saved = await this.repo.saveDelegation(tx, delegation);
      await this.audit.record(tx, actor, {
        action,
        entityType: 'delegation',
        entityId: delegationId,
        data: {},
      });
      return toDelegationView(saved, this.clock.now());
    });
    if (view.groupId !== null) await this.sweep.runForOffice(actor.orgId);
    return view;
  }

  /** A colleague (anyone else: 404) who may sign in. */
  private async requireDelegate(actor: Actor, userId: number, tx: Tx): Promise<void> {
    const [delegate] = await this.repo.findUsersByIds(actor.orgId, [userId], tx);
    if (!delegate) throw notFound();
    if (!delegate.active) throw new DomainError('DELEGATE_INACTIVE');
  }

  /**
   * The office's own group (another office's is not found: 404), someone other than its head,
   * and no other acting head of the group in any part of the period (409).
   */
  private async requireActingHeadFree(
    actor: Actor,
    groupId: number,
    dto: Pick<CreateDelegationDto, 'delegateUserId' | 'startsAt'> & { endsAt?: Date | null },
    tx: Tx,
  ): Promise<void> {
    const group = await this.repo.lockGroup(tx, actor.orgId, groupId);
    if (!group) throw notFound();
    if (group.headUserId === dto.delegateUserId) throw new DomainError('DELEGATE_IS_GROUP_HEAD');
    const overlapping = await this.repo.actingHeadsOverlapping(
      tx,
      actor.orgId,
      groupId,
      dto.startsAt,
      dto.endsAt ?? null,
    );
    if (overlapping.length > 0) throw new DomainError('ACTING_HEAD_OVERLAP');
  }
}
