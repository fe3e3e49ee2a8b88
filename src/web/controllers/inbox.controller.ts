import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { BulkApproval, BulkOutcome, isRefused } from '../../inbox/bulk-approval';
import { MAX_BULK_ITEMS } from '../../inbox/dto/bulk-approve.dto';
import { InboxService } from '../../inbox/inbox.service';
import { may } from '../../common/auth/permissions';
import { bangkokMidnight, bangkokMidnightAfter } from '../../common/thai/bangkok-time';
import { MemoService } from '../../memo/memo.service';
import { ListPageQueryDto, PageOnlyQueryDto } from '../dto/list.dto';
import { BulkApproveFormDto } from '../dto/memo-action.dto';
import { thaiCount } from '../format';
import { bulkResultRows, bulkSummary } from '../models/bulk-result.model';
import {
  doneFlash,
  inboxRows,
  listRows,
  pagination,
  statusOptions,
  tabsFor,
} from '../models/memo-list.model';
import { bulkResultView } from '../views/pages/bulk-result.view';
import { memoListView } from '../views/pages/memo-list.view';
import { WebController } from '../web-controller';
import { PageOptions, WebPages } from '../web-pages';

const PAGE_SIZE = 20;

const BOX_HEADINGS = {
  all: 'ค้นหาบันทึก',
  drafts: 'ร่างของฉัน',
  returned: 'ส่งกลับแก้ไข',
  in_progress: 'ระหว่างดำเนินการ',
  done: 'เสร็จสิ้น',
} as const;

const BOX_EMPTY = {
  all: 'ไม่พบบันทึกตามเงื่อนไข',
  drafts: 'ยังไม่มีร่างบันทึก',
  returned: 'ไม่มีบันทึกที่ถูกส่งกลับให้แก้ไข',
  in_progress: 'ไม่มีบันทึกที่อยู่ระหว่างพิจารณา',
  done: 'ยังไม่มีบันทึกที่เสร็จสิ้น',
} as const;

/** งานรอดำเนินการ (memos and incoming letters waiting on me), my boxes, and the search. */
@WebController()
export class InboxPagesController {
  constructor(
    private readonly inbox: InboxService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
    private readonly bulk: BulkApproval,
    private readonly memos: MemoService,
  ) {}

  @SignedIn()
  @Get('inbox')
  async waiting(
    @CurrentActor() actor: Actor,
    @Query() q: PageOnlyQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.inboxPage(actor, q.page, req, res, { flash: doneFlash(q.done) });
  }

  /** อนุมัติที่เลือก: each checked memo approved on its own; the page lists every outcome. */
  @Can('approve')
  @Post('inbox/bulk-approve')
  async bulkApprove(
    @CurrentActor() actor: Actor,
    @Body() dto: BulkApproveFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!dto.items?.length) {
      const flash = { kind: 'error' as const, text: 'กรุณาเลือกบันทึกที่จะอนุมัติอย่างน้อยหนึ่งเรื่อง' };
      await this.inboxPage(actor, 1, req, res, { status: 400, flash });
      return;
    }
    const outcomes = await this.bulk.approve(actor, dto.items, dto.note);
    const rows = bulkResultRows(outcomes, await this.subjectsOf(actor, outcomes));
    await this.pages.render(
      req,
      res,
      bulkResultView,
      'ผลการอนุมัติที่เลือก',
      { rows },
      {
        flash: bulkSummary(outcomes),
      },
    );
  }

  @SignedIn()
  @Get('memos')
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: ListPageQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const box = q.box ?? 'all';
    const page = await this.inbox.list(actor, {
      box,
      status: q.status,
      q: q.q,
      number: q.number,
      from: q.from ? bangkokMidnight(q.from) : undefined,
      // The form's "to" day is inclusive; the service's bound is exclusive.
      to: q.to ? bangkokMidnightAfter(q.to) : undefined,
      page: q.page,
      pageSize: PAGE_SIZE,
    });
    const searching = Boolean(q.q || q.number || q.from || q.to || q.status);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ box, ...pick(q) }))
      if (value) params.set(key, value);
    await this.pages.render(
      req,
      res,
      memoListView,
      BOX_HEADINGS[box],
      {
        heading: BOX_HEADINGS[box],
        tabs: tabsFor(box),
        rows: listRows(page),
        empty: BOX_EMPTY[box],
        isInbox: false,
        canDraft: may(actor.roles, 'draft'),
        search: {
          box,
          open: searching || box === 'all',
          q: q.q ?? '',
          number: q.number ?? '',
          from: q.from ?? '',
          to: q.to ?? '',
          statuses: statusOptions(q.status),
        },
        pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => {
          params.set('page', String(n));
          return `/memos?${params.toString()}`;
        }),
      },
      { flash: doneFlash(q.done) },
    );
  }

  /** The inbox, page `page`: an approver's memos with a checkbox each and the bulk form. */
  private async inboxPage(
    actor: Actor,
    page: number,
    req: Request,
    res: Response,
    options: PageOptions,
  ): Promise<void> {
    const waiting = await this.inbox.inbox(actor, { page, pageSize: PAGE_SIZE });
    const rows = inboxRows(waiting, this.clock.now(), may(actor.roles, 'approve'));
    await this.pages.render(
      req,
      res,
      memoListView,
      'งานรอดำเนินการ',
      {
        heading: 'งานรอดำเนินการ',
        tabs: tabsFor('inbox'),
        rows,
        empty: 'ไม่มีบันทึกหรือหนังสือรับที่รอท่านดำเนินการ',
        isInbox: true,
        canDraft: may(actor.roles, 'draft'),
        pagination: pagination(waiting.total, page, PAGE_SIZE, (n) => `/inbox?page=${n}`),
        bulk: rows.some((r) => r.pick) ? { max: thaiCount(MAX_BULK_ITEMS) } : undefined,
      },
      options,
    );
  }

  /**
   * The subjects of the memos the caller may see: an approved one's from its answer, a refused
   * one's read again (as the caller), none for a 404, which must not tell it exists.
   */
  private async subjectsOf(actor: Actor, outcomes: BulkOutcome[]): Promise<Map<number, string>> {
    const subjects = new Map<number, string>();
    for (const o of outcomes) {
      if (!isRefused(o)) subjects.set(o.id, o.memo.subject);
      else if (o.status !== 404) {
        const loaded = await this.memos.load(actor, o.id).catch(() => null);
        if (loaded) subjects.set(o.id, loaded.memo.subject);
      }
    }
    return subjects;
  }
}

const pick = (q: ListPageQueryDto) => ({
  q: q.q,
  number: q.number,
  from: q.from,
  to: q.to,
  status: q.status,
});
