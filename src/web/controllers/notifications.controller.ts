import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, SignedIn } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { NotificationService } from '../../notification/notification.service';
import { PageOnlyQueryDto } from '../dto/list.dto';
import { OpenFormDto } from '../dto/notifications.dto';
import { thaiDateTime } from '../format';
import { pagination } from '../models/memo-list.model';
import { notificationsView } from '../views/pages/notifications.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PAGE_SIZE = 30;

/** The bell: what happened to my memos and what waits for me. */
@WebController('notifications')
export class NotificationPagesController {
  constructor(
    private readonly notifications: NotificationService,
    private readonly pages: WebPages,
  ) {}

  @SignedIn()
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: PageOnlyQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const page = await this.notifications.list(actor, false, q.page, PAGE_SIZE);
    await this.pages.render(req, res, notificationsView, 'การแจ้งเตือน', {
      unread: page.unread > 0,
      rows: page.items.map((n) => ({
        id: n.id,
        title: n.title,
        at: thaiDateTime(n.createdAt),
        unread: n.readAt === null,
        memoId: n.memoId ?? '',
      })),
      pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => `/notifications?page=${n}`),
    });
  }

  /** Marks one read and opens its memo (whose page checks access as always). */
  @SignedIn()
  @Post(':id/open')
  async open(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OpenFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.notifications.markRead(actor, id);
    res.redirect(303, dto.memoId ? `/memos/${dto.memoId}` : '/notifications');
  }

  @SignedIn()
  @Post('read-all')
  async readAll(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    await this.notifications.markRead(actor);
    res.redirect(303, '/notifications');
  }
}
