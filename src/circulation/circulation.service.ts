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

const HOUR_MS = 3_600_000;

/** Circulation of approved memos: who has read them, acknowledging, reminding, the "to read" list. */
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
    const [circulation, rows] = await Promise.all([
      this.repo.find(actor.orgId, memoId),
      this.repo.recipients(actor.orgId, memoId),
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
      memoId,
      circulated: circulation !== null,
      audience: circulation?.audience ?? null,
      total: items.length,
      read,
      unread: items.length - read,
      remindedAt: circulation?.remindedAt ?? null,
      items,
    };
  }

  /** The caller's own row, if the memo was circulated to them (the memo page's button). */
  async mine(actor: Actor, memoId: number) {
    const row = await this.repo.findRecipient(actor.orgId, memoId, actor.userId);
    return row && { state: row.readAt ? 'read' : 'unread', readAt: row.readAt };
  }

  /** รับทราบ: once, with its time; a second time changes nothing and answers the first. */
  async acknowledge(actor: Actor, memoId: number) {
    await this.memos.load(actor, memoId);
    const row = await this.repo.findRecipient(actor.orgId, memoId, actor.userId);
    if (!row) throw new DomainError('CIRCULATION_NOT_RECIPIENT');
    if (!row.readAt) {
      await this.tx.run(async (tx) => {
        const at = this.clock.now();
        if (!(await this.repo.acknowledge(tx, actor.orgId, memoId, actor.userId, at))) return;
        await this.audit.record(tx, actor, {
          action: 'circulation.acknowledge',
          entityType: 'memo',
          entityId: memoId,
          data: { readAt: at.toISOString() },
        });
      });
    }
    const now = await this.repo.findRecipient(actor.orgId, memoId, actor.userId);
    return { memoId, state: 'read' as const, readAt: now?.readAt ?? null };
  }

  /** The author reminds those who have not acknowledged: at most once an hour per memo. */
  async remind(actor: Actor, memoId: number): Promise<{ reminded: number }> {
    const { memo } = await this.memos.load(actor, memoId);
    if (memo.authorUserId !== actor.userId) throw new DomainError('FORBIDDEN');
    const { reminded, events } = await this.tx.run(async (tx) => {
      const circulation = await this.repo.find(actor.orgId, memoId, tx);
      if (!circulation) throw new DomainError('CIRCULATION_NONE');
      const unread = (await this.repo.recipients(actor.orgId, memoId, tx))
        .filter((r) => r.readAt === null && r.userId !== actor.userId)
        .map((r) => r.userId);
      if (unread.length === 0) return { reminded: 0, events: [] };
      const now = this.clock.now();
      const since = new Date(now.getTime() - HOUR_MS);
      if (!(await this.repo.claimReminder(tx, actor.orgId, memoId, now, since)))
        throw tooSoon(circulation.remindedAt, now);
      await this.audit.record(tx, actor, {
        action: 'circulation.remind',
        entityType: 'memo',
        entityId: memoId,
        data: { reminded: unread.length },
      });
      const notice = reminderNotice(memo, circulation.id, unread, now);
      return { reminded: unread.length, events: await this.outbox.add(tx, [notice]) };
    });
    await this.delivery.deliver(events);
    return { reminded };
  }

  /** หนังสือเวียนรอรับทราบ: the caller's circulated memos that they may read, newest first. */
  async toRead(actor: Actor, q: Pick<CirculationQueryDto, 'state' | 'page' | 'pageSize'>) {
    const [rows, total] = await this.repo.ofUser(
      actor.orgId,
      actor.userId,
      q.state,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    const memos = await this.repo.memoFacts(
      actor.orgId,
      rows.map((r) => r.memoId),
    );
    const readable = await this.access.readableDocuments(
      actor,
      rows.map((r) => ({ documentType: 'memo', documentId: r.memoId })),
    );
    const items = rows
      .filter((r) => readable.has(`memo:${r.memoId}`) && memos.has(r.memoId))
      .map((r) => {
        const m = memos.get(r.memoId)!;
        return {
          memoId: r.memoId,
          subject: m.subject,
          docNumber: m.docNumber,
          secrecy: m.secrecy,
          circulatedAt: r.createdAt,
          state: r.readAt ? 'read' : 'unread',
          readAt: r.readAt,
        };
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
