import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { AcknowledgeIncomingDto, AssignIncomingDto, CloseIncomingDto } from './dto/incoming.dto';
import type { IncomingAssignment } from './incoming-assignment.entity';
import { IncomingLetters, letterText } from './incoming-letters';
import { IncomingQueries } from './incoming-queries.service';
import { INCOMING_ASSIGNED } from './incoming.events';
import { IncomingRepository } from './incoming.repository';

const open = (a: IncomingAssignment) => a.state !== 'done';

/** In the groups: the head assigns a person, who acknowledges and works on it, then closes it. */
@Injectable()
export class AssignIncoming {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly letters: IncomingLetters,
    private readonly queries: IncomingQueries,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The head of an assigned group names who acts (and may name someone else later). */
  async assign(actor: Actor, id: number, dto: AssignIncomingDto) {
    const letter = await this.letters.load(actor, id);
    const assignments = await this.repo.assignments(actor.orgId, id);
    const heads = await this.letters.headsOf(actor, assignments);
    const headed = assignments.filter((a) => open(a) && heads.get(a.groupId) === actor.userId);
    if (headed.length === 0) throw new DomainError('INCOMING_NOT_YOUR_TURN');
    const assignee = await this.letters.person(actor, dto.username);
    const target = headed.find((a) => a.groupId === assignee.groupId) ?? headed[0];
    const now = this.clock.now();
    const events = await this.tx.run(async (tx) => {
      const expect = { version: dto.version, statuses: ['endorsed'] as const };
      await this.letters.update(tx, actor, letter, expect, { updatedAt: now });
      await this.repo.updateAssignment(tx, actor.orgId, target.id, {
        assigneeUserId: assignee.id,
        state: 'assigned',
        waitingSince: now,
      });
      await this.letters.record(tx, actor, letter, 'incoming.assign', {
        groupId: target.groupId,
        assigneeUserId: assignee.id,
      });
      return this.letters.announce(tx, actor, letter, INCOMING_ASSIGNED, [assignee.id], now);
    });
    await this.letters.deliver(events);
    return this.queries.get(actor, id);
  }

  /** The assignee takes it up: the assignment is in progress. */
  async acknowledge(actor: Actor, id: number, dto: AcknowledgeIncomingDto) {
    const letter = await this.letters.load(actor, id);
    const mine = (await this.repo.assignments(actor.orgId, id)).filter(
      (a) => a.assigneeUserId === actor.userId,
    );
    const target = mine.find((a) => a.state === 'assigned');
    if (!target) {
      throw new DomainError(mine.length > 0 ? 'INCOMING_ALREADY_ACTED' : 'INCOMING_NOT_YOUR_TURN');
    }
    const now = this.clock.now();
    await this.tx.run(async (tx) => {
      const expect = { version: dto.version ?? letter.version, statuses: ['endorsed'] as const };
      await this.letters.update(tx, actor, letter, expect, { updatedAt: now });
      await this.repo.updateAssignment(tx, actor.orgId, target.id, { state: 'in_progress' });
      await this.letters.record(tx, actor, letter, 'incoming.acknowledge', {
        groupId: target.groupId,
      });
    });
    return this.queries.get(actor, id);
  }

  /** การปฏิบัติ: the assignee or the group's head closes the group's part with what was done. */
  async close(actor: Actor, id: number, dto: CloseIncomingDto) {
    const letter = await this.letters.load(actor, id);
    const assignments = await this.repo.assignments(actor.orgId, id);
    const heads = await this.letters.headsOf(actor, assignments);
    const target =
      assignments.find((a) => open(a) && a.assigneeUserId === actor.userId) ??
      assignments.find((a) => open(a) && heads.get(a.groupId) === actor.userId);
    if (!target) {
      const involved = assignments.some(
        (a) => a.assigneeUserId === actor.userId || heads.get(a.groupId) === actor.userId,
      );
      throw new DomainError(involved ? 'INCOMING_ALREADY_ACTED' : 'INCOMING_NOT_YOUR_TURN');
    }
    const rest = assignments.filter((a) => open(a) && a.id !== target.id);
    const now = this.clock.now();
    await this.tx.run(async (tx) => {
      const expect = { version: dto.version, statuses: ['endorsed'] as const };
      const status = rest.length === 0 ? ({ status: 'done' } as const) : {};
      await this.letters.update(tx, actor, letter, expect, { ...status, updatedAt: now });
      await this.repo.updateAssignment(tx, actor.orgId, target.id, {
        state: 'done',
        actionNote: dto.action.trim(),
        doneAt: now,
      });
      await this.letters.record(tx, actor, letter, 'incoming.close', {
        groupId: target.groupId,
        ...letterText(letter, { action: dto.action }),
      });
    });
    return this.queries.get(actor, id);
  }
}
