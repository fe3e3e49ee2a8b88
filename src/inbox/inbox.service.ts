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

const MAX_WORDS = 8;

@Injectable()
export class InboxService {
  constructor(
    private readonly repo: MemoQueriesRepository,
    private readonly clock: Clock,
  ) {}

  /** Waiting for me: urgent first, then oldest. */
  async inbox(actor: Actor, q: PageQueryDto) {
    const [rows, total] = await this.repo.inbox(
      actor.orgId,
      actor.userId,
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    const now = this.clock.now();
    return {
      items: rows.map((r) => toInboxItem(r, now)),
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
