import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { bangkokMidnight } from '../common/thai/bangkok-time';
import { formatThaiDate } from '../common/thai/thai-format';
import type { Tx } from '../database/transaction-runner';
import type { IncomingLetter } from './incoming-letter.entity';
import { IncomingLetters } from './incoming-letters';
import { IncomingRepository } from './incoming.repository';

/** The memo that answers a letter, as the memo module and the approval see it. */
export interface ReplyingMemo {
  id: number;
  authorUserId: number;
  inReplyTo: number | null;
}

/** อ้างถึง: "หนังสือ<agency> ที่ <number> ลงวันที่ <date> เรื่อง <subject>". */
export const replyReferenceText = (l: IncomingLetter): string =>
  `หนังสือ${l.fromAgency} ที่ ${l.theirNumber} ลงวันที่ ` +
  `${formatThaiDate(bangkokMidnight(l.theirDate))} เรื่อง ${l.subject}`;

/**
 * Replies to incoming letters: who may draft one (an assignee or the head of an assigned
 * group), and, in the final approval's transaction, the assignment done with the reply's number.
 */
@Injectable()
export class IncomingReplies {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly letters: IncomingLetters,
  ) {}

  /** The อ้างถึง line of a memo drafted in reply; 404 for a letter the drafter may not read. */
  async referenceFor(actor: Actor, letterId: number, tx?: Tx): Promise<{ text: string }> {
    const letter = await this.letters.load(actor, letterId, tx);
    const assignments = await this.repo.assignments(actor.orgId, letterId, tx);
    const heads = await this.letters.headsOf(actor, assignments, tx);
    const mayReply = assignments.some(
      (a) => a.assigneeUserId === actor.userId || heads.get(a.groupId) === actor.userId,
    );
    if (!mayReply) throw new DomainError('INCOMING_REPLY_REFUSED');
    return { text: replyReferenceText(letter) };
  }

  /**
   * Called by the final approval, in its transaction: the drafter's assignment is done and
   * keeps the memo's number; the letter is done when no assignment is left open.
   */
  async recordApproved(
    tx: Tx,
    actor: Actor,
    memo: ReplyingMemo,
    docNumber: string,
    at: Date,
  ): Promise<void> {
    if (memo.inReplyTo === null) return;
    const letter = await this.repo.findLetter(actor.orgId, memo.inReplyTo, tx);
    if (!letter) return;
    // Lock the letter first, so closing and this reply do not both leave it open.
    await this.repo.touch(tx, actor.orgId, letter.id, { updatedAt: at });
    const assignments = await this.repo.assignments(actor.orgId, letter.id, tx);
    const heads = await this.letters.headsOf(actor, assignments, tx);
    const byAuthor = (a: (typeof assignments)[number]) => a.assigneeUserId === memo.authorUserId;
    const target =
      assignments.find((a) => byAuthor(a) && a.state !== 'done') ??
      assignments.find((a) => heads.get(a.groupId) === memo.authorUserId && a.state !== 'done') ??
      assignments.find(byAuthor);
    if (!target) return;
    await this.repo.updateAssignment(tx, actor.orgId, target.id, {
      state: 'done',
      replyMemoId: memo.id,
      replyDocNumber: docNumber,
      doneAt: target.doneAt ?? at,
    });
    const open = assignments.filter((a) => a.id !== target.id && a.state !== 'done');
    if (open.length === 0 && letter.status === 'endorsed')
      await this.repo.touch(tx, actor.orgId, letter.id, { status: 'done' });
    await this.letters.record(tx, actor, letter, 'incoming.reply', {
      groupId: target.groupId,
      documentType: 'memo',
      documentId: memo.id,
      replyNumber: docNumber,
    });
  }
}
