import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import type { Memo } from '../memo/memo.entity';
import { MemoService } from '../memo/memo.service';
import { OrgRepository } from '../org/org.repository';
import { fullName } from '../org/user.entity';
import { OutboxService } from '../outbox/outbox.service';
import { AfterCommitDelivery } from './after-commit-delivery';
import { followsCirculation } from './circulation-access';
import { CirculationRepository } from './circulation.repository';
import type { CirculationQueryDto } from './dto/circulation.dto';
import { reminderNotice } from './notices';
import { auditEntity, shownSubject } from './shown-subject';
import { documentOf, memoSubject, Subject, SubjectKind, subjectKey, subjectOfRow } from './subject';
import type { NewOutboxEvent } from '../outbox/outbox.types';

const HOUR_MS = 3_600_000;

/**
 * Circulation of approved memos and endorsed letters: who has read them, acknowledging,
 * reminding, the "to read" list. The letter routes go through LetterCirculationService.
 */
@Injectable()
export class CirculationService {
  constructor(
    private readonly repo: CirculationRepository,
    private readonly memos: MemoService,
    private readonly org: OrgRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly delivery: AfterCommitDelivery,
  ) {}

  /** "อ่านแล้ว n / N": for the author, the executives and the head of the author's group. */
  async ofMemo(actor: Actor, memoId: number) {
    const { memo } = await this.memos.load(actor, memoId);
    await this.requireFollower(actor, memo);
    return { memoId, ...(await this.status(actor, memoSubject(memoId))) };
  }

  /** Who has read it, for a memo or letter whose follower the caller was checked to be. */
  async status(actor: Actor, subject: Subject) {
    const [circulation, rows] = await Promise.all([
      this.repo.find(actor.orgId, subject),
      this.repo.recipients(actor.orgId, subject),
    ]);
    const users = new Map(
      (
        await this.org.findUsersByIds(
          actor.orgId,
          rows.map((r) => r.userId),
        )
      ).map((u) => [u.id, u]),
    );
    const items = rows.map((r) => {
      const u = users.get(r.userId);
      return {
        username: u?.username ?? '',
        name: u ? fullName(u) : '',
        state: r.readAt ? 'read' : 'unread',
        readAt: r.readAt,
      };
    });
    const read = items.filter((i) => i.state === 'read').length;
    return {
      circulated: circulation !== null,
      audience: circulation?.audience ?? null,
      total: items.length,
      read,
      unread: items.length - read,
      remindedAt: circulation?.remindedAt ?? null,
      items,
    };
  }

  /** The caller's own row, if it was circulated to them (the page's รับทราบ button). */
  async mine(actor: Actor, id: number, kind: SubjectKind = 'memo') {
    const row = await this.repo.findRecipient(actor.orgId, { kind, id }, actor.userId);
    return row && { state: row.readAt ? 'read' : 'unread', readAt: row.readAt };
  }

  /** รับทราบ: once, with its time; a second time changes nothing and answers the first. */
  async acknowledge(actor: Actor, memoId: number) {
    await this.memos.load(actor, memoId);
    const { readAt } = await this.acknowledgeRead(actor, memoSubject(memoId));
    return { memoId, state: 'read' as const, readAt };
  }

  /** รับทราบ of a memo or letter the caller was checked to read. */
  async acknowledgeRead(actor: Actor, subject: Subject): Promise<{ readAt: Date | null }> {
    const row = await this.repo.findRecipient(actor.orgId, subject, actor.userId);
    if (!row) throw new DomainError('CIRCULATION_NOT_RECIPIENT');
    if (!row.readAt) {
      await this.tx.run(async (tx) => {
        const at = this.clock.now();
        if (!(await this.repo.acknowledge(tx, actor.orgId, subject, actor.userId, at))) return;
        await this.audit.record(tx, actor, {
          action: 'circulation.acknowledge',
          ...auditEntity(subject),
          data: { readAt: at.toISOString() },
        });
      });
    }
    const now = await this.repo.findRecipient(actor.orgId, subject, actor.userId);
    return { readAt: now?.readAt ?? null };
  }

  /** The author reminds those who have not acknowledged: at most once an hour per memo. */
  async remind(actor: Actor, memoId: number): Promise<{ reminded: number }> {
    const { memo } = await this.memos.load(actor, memoId);
    if (memo.authorUserId !== actor.userId) throw new DomainError('FORBIDDEN');
    return this.remindUnread(actor, memoSubject(memoId), (id, unread, at) =>
      reminderNotice(memo, id, unread, at),
    );
  }

  /** Reminds who has not acknowledged a memo or letter, at most once an hour (else 429). */
  async remindUnread(
    actor: Actor,
    subject: Subject,
    noticeOf: (circulationId: number, userIds: number[], at: Date) => NewOutboxEvent,
  ): Promise<{ reminded: number }> {
    const { reminded, events } = await this.tx.run(async (tx) => {
      const circulation = await this.repo.find(actor.orgId, subject, tx);
      if (!circulation) throw new DomainError('CIRCULATION_NONE');
      const unread = (await this.repo.recipients(actor.orgId, subject, tx))
        .filter((r) => r.readAt === null && r.userId !== actor.userId)
        .map((r) => r.userId);
      if (unread.length === 0) return { reminded: 0, events: [] };
      const now = this.clock.now();
      const since = new Date(now.getTime() - HOUR_MS);
      if (!(await this.repo.claimReminder(tx, actor.orgId, subject, now, since)))
        throw tooSoon(circulation.remindedAt, now);
      await this.audit.record(tx, actor, {
        action: 'circulation.remind',
        ...auditEntity(subject),
        data: { reminded: unread.length },
      });
      const notice = noticeOf(circulation.id, unread, now);
      return { reminded: unread.length, events: await this.outbox.add(tx, [notice]) };
    });
    await this.delivery.deliver(events);
    return { reminded };
  }

  /** หนังสือเวียนรอรับทราบ: the memos and letters circulated to the caller that they may read. */
  async toRead(actor: Actor, q: Pick<CirculationQueryDto, 'state' | 'page' | 'pageSize'>) {
    const [rows, total] = await this.repo.ofUser(
      actor.orgId,
      actor.userId,
      q.state,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    const subjects = rows.map(subjectOfRow);
    const ids = (kind: SubjectKind) => subjects.filter((s) => s.kind === kind).map((s) => s.id);
    const [memos, letters, readable] = await Promise.all([
      this.repo.memoFacts(actor.orgId, ids('memo')),
      this.repo.letterFacts(actor.orgId, ids('incoming')),
      this.access.readableDocuments(actor, subjects.map(documentOf)),
    ]);
    const items = rows.flatMap((r) => {
      const subject = subjectOfRow(r);
      const shown = shownSubject(subject, memos, letters);
      if (!readable.has(subjectKey(subject)) || !shown) return [];
      return [
        {
          ...shown,
          circulatedAt: r.createdAt,
          state: r.readAt ? 'read' : 'unread',
          readAt: r.readAt,
        },
      ];
    });
    const unread = await this.repo.unreadCount(actor.orgId, actor.userId);
    return { items, total, unread, page: q.page, pageSize: q.pageSize };
  }

  private async requireFollower(actor: Actor, memo: Memo): Promise<void> {
    const group = memo.groupId ? await this.org.findGroup(actor.orgId, memo.groupId) : null;
    if (!followsCirculation(actor, memo, group?.headUserId ?? null))
      throw new DomainError('FORBIDDEN');
  }
}

const tooSoon = (last: Date | null, now: Date): DomainError => {
  const next = (last?.getTime() ?? now.getTime()) + HOUR_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((next - now.getTime()) / 1000));
  return new DomainError('CIRCULATION_REMIND_TOO_SOON', { retryAfterSeconds });
};
