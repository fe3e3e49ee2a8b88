import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DomainError, notFound } from '../common/errors/domain-error';
import { thaiNumeral } from '../common/thai/thai-format';
import type { Tx } from '../database/transaction-runner';
import type { User } from '../org/user.entity';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxService } from '../outbox/outbox.service';
import type { IncomingAssignment } from './incoming-assignment.entity';
import type { IncomingLetter } from './incoming-letter.entity';
import type { IncomingEventPayload, IncomingTopic } from './incoming.events';
import { IncomingRepository, LetterExpectation } from './incoming.repository';

const EXECUTIVE_ROLES = ['director', 'deputy'] as const;
const AFTER_COMMIT_WAIT_MS = 5_000;

/** What every incoming use case shares: reading a letter under its rule, people, audit, events. */
@Injectable()
export class IncomingLetters {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** A letter the actor may read (canReadIncoming), or 404 — never 403, so nothing leaks. */
  async load(actor: Actor, id: number, tx?: Tx): Promise<IncomingLetter> {
    const letter = await this.repo.findLetter(actor.orgId, id, tx);
    const doc = { documentType: 'incoming', documentId: id };
    if (!letter || !(await this.access.canReadDocument(actor, doc))) throw notFound();
    return letter;
  }

  /** Applies the change if the letter is as the caller saw it; else 409. */
  async update(
    tx: Tx,
    actor: Actor,
    letter: IncomingLetter,
    expect: LetterExpectation,
    changes: Partial<IncomingLetter>,
  ): Promise<void> {
    if (!(await this.repo.updateIfCurrent(tx, actor.orgId, letter.id, expect, changes)))
      throw new DomainError('INCOMING_ALREADY_ACTED');
  }

  /** An active colleague by username, else 400. */
  async person(actor: Actor, username: string, tx?: Tx): Promise<User> {
    const user = await this.repo.findActiveUser(actor.orgId, username, tx);
    if (!user) throw new DomainError('INCOMING_UNKNOWN_USER');
    return user;
  }

  /** The director or a deputy other than the actor, else 400. */
  async executive(actor: Actor, username: string, tx?: Tx): Promise<User> {
    const user = await this.person(actor, username, tx);
    const isExecutive = user.roles.some((r) => (EXECUTIVE_ROLES as readonly string[]).includes(r));
    if (!isExecutive || user.id === actor.userId) throw new DomainError('INCOMING_NOT_EXECUTIVE');
    return user;
  }

  /** The head of each assigned group, by group id. */
  async headsOf(actor: Actor, assignments: IncomingAssignment[], tx?: Tx) {
    const groups = await this.repo.groups(
      actor.orgId,
      [...new Set(assignments.map((a) => a.groupId))],
      tx,
    );
    return new Map(groups.map((g) => [g.id, g.headUserId]));
  }

  /** An audit event about the letter; a secret letter's text stays out of the trail. */
  record(
    tx: Tx,
    actor: Actor,
    letter: IncomingLetter,
    action: string,
    data: Record<string, unknown> = {},
    versions = { before: letter.version as number | null, after: letter.version + 1 },
  ): Promise<unknown> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'incoming_letter',
      entityId: letter.id,
      beforeVersion: versions.before,
      afterVersion: versions.after,
      data: { number: thaiNumeral(letter.receiveNumber), year: letter.year, ...data },
    });
  }

  /** Tells the people who must act next, through the outbox, in the transaction of the change. */
  async announce(
    tx: Tx,
    actor: Actor,
    letter: IncomingLetter,
    topic: IncomingTopic,
    notifyUserIds: Array<number | null>,
    at: Date,
    extra: Pick<IncomingEventPayload, 'onEndorse'> = {},
  ): Promise<OutboxEvent[]> {
    const payload: IncomingEventPayload = {
      ...extra,
      letterId: letter.id,
      receiveNumber: thaiNumeral(letter.receiveNumber),
      subject: letter.subject,
      actorUserId: actor.userId,
      at: at.toISOString(),
      notifyUserIds: [...new Set(notifyUserIds.filter((id) => id !== null))],
    };
    return this.outbox.add(tx, [
      {
        orgId: actor.orgId,
        topic,
        aggregateType: 'incoming_letter',
        aggregateId: letter.id,
        payload,
      },
    ]);
  }

  /** After the commit: delivers the notices now, waiting a bounded time (the sweep retries). */
  deliver(events: OutboxEvent[]): Promise<void> {
    return this.dispatcher.deliverWithin(events, AFTER_COMMIT_WAIT_MS);
  }
}

/** Audit data that names the letter's content, for normal letters only. */
export const letterText = (letter: IncomingLetter, text: Record<string, unknown>) =>
  letter.secrecy === 'normal' ? text : {};
