import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { toThaiDigits } from '../common/thai/thai-format';
import { thaiWords } from '../common/thai/thai-words';
import { PageQueryDto } from '../common/http/page-query.dto';
import { ListMemosQueryDto } from '../memo/dto/list.dto';
import { visibilityOf } from '../memo/memo-access';
import { MemoQueriesRepository } from '../memo/memo-queries.repository';
import { toInboxItem, toListItem } from '../memo/memo.views';
import { IncomingQueries } from '../incoming/incoming-queries.service';
import { URGENCIES } from '../memo/memo.enums';
import { InboxCountRepository } from './inbox-count.repository';

const MAX_WORDS = 8;

@Injectable()
export class InboxService {
  constructor(
    private readonly repo: MemoQueriesRepository,
    private readonly incoming: IncomingQueries,
    private readonly clock: Clock,
    private readonly counts: InboxCountRepository,
  ) {}

  /** How many items wait on me: the inbox's `total`, in one COUNT query (the menu's badge). */
  count(actor: Actor): Promise<number> {
    return this.counts.count(actor.orgId, actor.userId);
  }

  /**
   * Everything waiting for me, each item with its `kind` (`memo`, `incoming`): urgent first,
   * then oldest. Letters waiting on a person are few; the memos come from their index.
   */
  async inbox(actor: Actor, q: PageQueryDto) {
    const letters = await this.incoming.inboxItems(actor);
    if (letters.length === 0) return this.memoInbox(actor, q);
    const end = q.page * q.pageSize;
    const memos = await this.memoInbox(actor, { page: 1, pageSize: end });
    const items = [...memos.items, ...letters].sort(
      (a, b) => rankOf(b) - rankOf(a) || timeOf(a) - timeOf(b) || a.id - b.id,
    );
    return {
      items: items.slice(end - q.pageSize, end),
      total: memos.total + letters.length,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** Memos waiting for me, the memos' part of the inbox. */
  async memoInbox(actor: Actor, q: PageQueryDto) {
    const [rows, total] = await this.repo.inbox(
      actor.orgId,
      actor.userId,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    const now = this.clock.now();
    return {
      items: rows.map((r) => ({ kind: 'memo' as const, ...toInboxItem(r, now) })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** My drafts, returned to me, in progress, done, or a search of what I may see. */
  async list(actor: Actor, q: ListMemosQueryDto) {
    const filter = {
      box: q.box,
      status: q.status,
      words: q.q ? [...new Set(thaiWords(q.q))].slice(0, MAX_WORDS) : [],
      number: q.number ? toThaiDigits(q.number.trim()) : undefined,
      from: q.from,
      to: q.to,
    };
    const [rows, total] = await this.repo.list(
      actor.orgId,
      visibilityOf(actor),
      filter,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    return { items: rows.map(toListItem), total, page: q.page, pageSize: q.pageSize };
  }
}

const rankOf = (item: { urgency: string }): number =>
  (URGENCIES as readonly string[]).indexOf(item.urgency);

const timeOf = (item: { submittedAt: Date | null }): number => item.submittedAt?.getTime() ?? 0;
