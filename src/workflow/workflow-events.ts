import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import type { Tx } from '../database/transaction-runner';
import {
  MEMO_APPROVED,
  MEMO_REJECTED,
  MEMO_RETURNED,
  MEMO_STEP_APPROVED,
  MEMO_SUBMITTED,
  MemoEventPayload,
} from '../memo/memo.events';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxService } from '../outbox/outbox.service';
import type { NewOutboxEvent } from '../outbox/outbox.types';
import type { FinalizedDocument } from './finalizer';
import type { Transition } from './transitions/transition';

/**
 * How long an approver's answer waits for what the change set off (the seal, OIT proposals,
 * notices), so the answer shows them; past it they go on in the background, and the outbox
 * retries whatever a crash interrupts.
 */
const AFTER_COMMIT_WAIT_MS = 5_000;
/** The suggester reads the beginning of a body; the outbox row stays well inside a TEXT. */
const MAX_EVENT_TEXT = 6_000;

/** A transition's events: written with it, delivered after its commit. */
@Injectable()
export class WorkflowEvents {
  constructor(
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** In the transition's transaction. */
  async write(tx: Tx, actor: Actor, t: Transition): Promise<OutboxEvent[]> {
    const event = eventOf(actor, t);
    return event ? this.outbox.add(tx, [event]) : [];
  }

  /** After the commit: delivers now, waiting a bounded time for the consumers. */
  deliver(events: OutboxEvent[]): Promise<void> {
    return this.dispatcher.deliverWithin(events, AFTER_COMMIT_WAIT_MS);
  }
}

function eventOf(actor: Actor, t: Transition): NewOutboxEvent | null {
  const topic = topicOf(t);
  if (!topic) return null;
  const payload: MemoEventPayload = {
    memoId: t.memo.id,
    subject: t.memo.subject,
    authorUserId: t.memo.authorUserId,
    actorUserId: actor.userId,
    at: t.memo.updatedAt.toISOString(),
    ...(t.nextAssigneeUserId !== null && { nextAssigneeUserId: t.nextAssigneeUserId }),
    ...((t.action === 'return' || t.action === 'reject') && { note: t.note }),
    ...(topic === MEMO_APPROVED && { documents: t.finalized.map(toRecord) }),
  };
  return { orgId: actor.orgId, topic, aggregateType: 'memo', aggregateId: t.memo.id, payload };
}

function topicOf(t: Transition): string | null {
  if (t.finalized.length > 0) return MEMO_APPROVED;
  switch (t.action) {
    case 'submit':
      return t.nextAssigneeUserId === null ? null : MEMO_SUBMITTED;
    case 'approve':
      return t.nextAssigneeUserId === null ? null : MEMO_STEP_APPROVED;
    case 'return':
      return MEMO_RETURNED;
    case 'reject':
      return MEMO_REJECTED;
    case 'withdraw':
      return null;
  }
}

const toRecord = (d: FinalizedDocument) => ({
  documentType: d.documentType,
  documentId: d.documentId,
  subject: d.subject,
  text: d.text.slice(0, MAX_EVENT_TEXT),
  number: d.number,
  date: d.date.toISOString(),
  verifyCode: d.verifyCode,
  secrecy: d.secrecy,
});
