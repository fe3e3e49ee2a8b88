import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { buddhistYear } from '../common/thai/thai-format';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import type { OrgGroup } from '../org/org-group.entity';
import type { User } from '../org/user.entity';
import { OnApprovalChecker } from '../memo/on-approval.checker';
import { planOf } from '../memo/on-approval';
import { RegistryService } from '../registry/registry.service';
import { EndorseIncomingDto, ForwardIncomingDto } from './dto/incoming.dto';
import type { IncomingLetter } from './incoming-letter.entity';
import { IncomingLetters, letterText } from './incoming-letters';
import { INCOMING_ENDORSED, INCOMING_FORWARDED } from './incoming.events';
import { groupReceiveCounter } from './incoming.enums';
import { IncomingRepository } from './incoming.repository';
import { IncomingQueries } from './incoming-queries.service';

/** เสนอ and เกษียนสั่งการ: the registry desk proposes a letter; an executive orders what to do. */
@Injectable()
export class RouteIncoming {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly letters: IncomingLetters,
    private readonly queries: IncomingQueries,
    private readonly registry: RegistryService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly plans: OnApprovalChecker,
  ) {}

  /** The registry desk proposes a received letter to the director or a deputy. */
  async forward(actor: Actor, id: number, dto: ForwardIncomingDto) {
    const letter = await this.letters.load(actor, id);
    const to = await this.letters.executive(actor, dto.toUsername);
    const now = this.clock.now();
    const events = await this.tx.run(async (tx) => {
      await this.letters.update(
        tx,
        actor,
        letter,
        { version: dto.version, statuses: ['received'] },
        { status: 'forwarded', waitingOnUserId: to.id, waitingSince: now, updatedAt: now },
      );
      await this.repo.insertEndorsement(tx, {
        orgId: actor.orgId,
        letterId: id,
        kind: 'forward',
        byUserId: actor.userId,
        note: dto.note?.trim() ?? '',
        assignedGroupIds: [],
        dueAt: null,
        forwardToUserId: to.id,
        createdAt: now,
      });
      await this.letters.record(tx, actor, letter, 'incoming.forward', {
        toUserId: to.id,
        ...letterText(letter, { note: dto.note ?? '' }),
      });
      return this.letters.announce(tx, actor, letter, INCOMING_FORWARDED, [to.id], now);
    });
    await this.letters.deliver(events);
    return this.queries.get(actor, id);
  }

  /**
   * The executive's order: a note, and either groups to act (each gets its group receive
   * number) with an optional due date, or another executive to pass it to. A letter that waits
   * on a deputy may be endorsed by the director instead; of two endorsements, one wins (409).
   * Its `onEndorse` (circulation, tasks) rides on the event and is set up by src/circulation.
   */
  async endorse(actor: Actor, id: number, dto: EndorseIncomingDto) {
    const groupIds = [...(dto.assignGroupIds ?? [])].sort((a, b) => a - b);
    if (dto.forwardToUsername !== undefined && groupIds.length > 0)
      throw new DomainError('INCOMING_ENDORSE_EITHER');
    const plan = planOf(dto.onEndorse);
    if (dto.forwardToUsername !== undefined && plan)
      throw new DomainError('ON_ENDORSE_WITH_FORWARD');
    const letter = await this.letters.load(actor, id);
    assertEndorser(actor, letter, dto.version);
    const groups = await this.repo.groups(actor.orgId, groupIds);
    if (groups.length !== groupIds.length) throw new DomainError('INCOMING_UNKNOWN_GROUP');
    const next = dto.forwardToUsername
      ? await this.letters.executive(actor, dto.forwardToUsername)
      : null;
    const now = this.clock.now();
    await this.registry.prepare(actor.orgId, groupIds.map(groupReceiveCounter), now);
    const events = await this.tx.run(async (tx) => {
      await this.plans.check(actor, plan, letter.secrecy, true, tx);
      const changes: Partial<IncomingLetter> = next
        ? { waitingOnUserId: next.id, waitingSince: now }
        : {
            status: groups.length > 0 ? 'endorsed' : 'done',
            waitingOnUserId: null,
            waitingSince: null,
            dueAt: dto.dueAt ?? null,
          };
      const expect = { version: dto.version, statuses: ['forwarded'] as const };
      await this.letters.update(tx, actor, letter, expect, { ...changes, updatedAt: now });
      await this.repo.insertEndorsement(tx, {
        orgId: actor.orgId,
        letterId: id,
        kind: 'endorse',
        byUserId: actor.userId,
        note: dto.note.trim(),
        assignedGroupIds: groupIds,
        dueAt: dto.dueAt ?? null,
        forwardToUserId: next?.id ?? null,
        createdAt: now,
      });
      await this.assignGroups(tx, actor, letter, groups, dto.dueAt ?? null, now);
      await this.letters.record(tx, actor, letter, 'incoming.endorse', {
        groupIds,
        forwardToUserId: next?.id ?? null,
        ...letterText(letter, { note: dto.note, ...(plan && { onEndorse: plan }) }),
      });
      return this.letters.announce(
        tx,
        actor,
        letter,
        INCOMING_ENDORSED,
        notified(next, groups),
        now,
        plan ? { onEndorse: plan } : {},
      );
    });
    await this.letters.deliver(events);
    return this.queries.get(actor, id);
  }

  /** Each group takes the next number of its own receive register (in id order: no deadlocks). */
  private async assignGroups(
    tx: Tx,
    actor: Actor,
    letter: IncomingLetter,
    groups: OrgGroup[],
    dueAt: Date | null,
    now: Date,
  ): Promise<void> {
    for (const group of [...groups].sort((a, b) => a.id - b.id)) {
      const seq = await this.registry.nextNumber(
        tx,
        actor.orgId,
        groupReceiveCounter(group.id),
        now,
      );
      await this.repo.insertAssignment(tx, {
        orgId: actor.orgId,
        letterId: letter.id,
        groupId: group.id,
        groupYear: buddhistYear(now),
        groupReceiveNumber: seq,
        assigneeUserId: null,
        state: 'waiting',
        actionNote: '',
        replyMemoId: null,
        replyDocNumber: null,
        dueAt,
        waitingSince: now,
        doneAt: null,
      });
    }
  }
}

/**
 * Only a letter waiting on an executive is endorsed, by that executive — or by the director
 * when it waits on a deputy. An endorsed letter or a stale version is a conflict (409).
 */
function assertEndorser(actor: Actor, letter: IncomingLetter, version: number): void {
  if (letter.status !== 'forwarded' || letter.version !== version)
    throw new DomainError('INCOMING_ALREADY_ACTED');
  const takesOver = actor.roles.includes('director') && letter.secrecy === 'normal';
  if (letter.waitingOnUserId !== actor.userId && !takesOver)
    throw new DomainError('INCOMING_NOT_YOUR_TURN');
}

const notified = (next: User | null, groups: OrgGroup[]): Array<number | null> =>
  next ? [next.id] : groups.map((g) => g.headUserId);
