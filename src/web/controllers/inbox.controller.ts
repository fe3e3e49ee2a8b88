import { Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, SignedIn } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { InboxService } from '../../inbox/inbox.service';
import { may } from '../../common/auth/permissions';
import { bangkokMidnight, bangkokMidnightAfter } from '../../common/thai/bangkok-time';
import { ListPageQueryDto, PageOnlyQueryDto } from '../dto/list.dto';
import {
  doneFlash,
  inboxRows,
  listRows,
  pagination,
  statusOptions,
  tabsFor,
} from '../models/memo-list.model';
import { memoListView } from '../views/pages/memo-list.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

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
  ) {}

  @SignedIn()
  @Get('inbox')
  async waiting(
    @CurrentActor() actor: Actor,
    @Query() q: PageOnlyQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const page = await this.inbox.inbox(actor, { page: q.page, pageSize: PAGE_SIZE });
    await this.pages.render(
      req,
      res,
      memoListView,
      'งานรอดำเนินการ',
      {
        heading: 'งานรอดำเนินการ',
        tabs: tabsFor('inbox'),
        rows: inboxRows(page, this.clock.now()),
        empty: 'ไม่มีบันทึกหรือหนังสือรับที่รอท่านดำเนินการ',
        isInbox: true,
        canDraft: may(actor.roles, 'draft'),
        pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => `/inbox?page=${n}`),
      },
      { flash: doneFlash(q.done) },
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
}

const pick = (q: ListPageQueryDto) => ({
  q: q.q,
  number: q.number,
  from: q.from,
  to: q.to,
  status: q.status,
});
