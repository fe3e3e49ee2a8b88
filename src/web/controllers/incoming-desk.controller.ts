import { Body, Get, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { may } from '../../common/auth/permissions';
import { IncomingQueries } from '../../incoming/incoming-queries.service';
import { ReceiveIncoming } from '../../incoming/receive.service';
import { OrgService } from '../../org/org.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import { IncomingListQueryDto, ReceiveFormDto } from '../dto/incoming.dto';
import { letterFlash, letterRows, receiveForm } from '../models/incoming-list.model';
import { pagination } from '../models/memo-list.model';
import { incomingListView } from '../views/pages/incoming-list.view';
import { incomingNewView } from '../views/pages/incoming-new.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PAGE_SIZE = 20;
const SEARCH_KEYS = ['q', 'number', 'agency', 'from', 'to'] as const;

/** The registry desk's side of หนังสือรับ: the register with its search, and the receive form. */
@WebController('incoming')
export class IncomingDeskPagesController {
  constructor(
    private readonly queries: IncomingQueries,
    private readonly receiving: ReceiveIncoming,
    private readonly org: OrgService,
    private readonly pages: WebPages,
  ) {}

  /** Everyone may open it; each sees what the query service lets them (secret ones masked). */
  @Can('handleIncoming')
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: IncomingListQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const page = await this.queries.list(actor, { ...q, pageSize: PAGE_SIZE });
    const params = new URLSearchParams();
    for (const key of SEARCH_KEYS) if (q[key]) params.set(key, q[key] ?? '');
    await this.pages.render(req, res, incomingListView, 'หนังสือรับ', {
      canReceive: may(actor.roles, 'receiveIncoming'),
      rows: letterRows(page),
      search: {
        open: SEARCH_KEYS.some((k) => Boolean(q[k])),
        q: q.q ?? '',
        number: q.number ?? '',
        agency: q.agency ?? '',
        from: q.from ?? '',
        to: q.to ?? '',
      },
      pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => {
        params.set('page', String(n));
        return `/incoming?${params.toString()}`;
      }),
    });
  }

  @Can('receiveIncoming')
  @Get('new')
  async form(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response) {
    const [next, office] = await Promise.all([
      this.queries.nextReceiveNumber(actor),
      this.org.organization(actor),
    ]);
    const model = receiveForm(next, `ผู้อำนวยการ${office.name}`);
    await this.pages.render(req, res, incomingNewView, 'ลงรับหนังสือ', model, {
      flash: letterFlash(req.query.done),
    });
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('receiveIncoming')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async receive(
    @CurrentActor() actor: Actor,
    @Body() form: ReceiveFormDto,
    @UploadedFile() file: Upload | undefined,
    @Res() res: Response,
  ): Promise<void> {
    // A form sent without choosing a file still carries an empty file part: no file.
    const upload = file && file.size > 0 ? file : undefined;
    const letter = await this.receiving.receive(actor, form, upload);
    res.redirect(303, `/incoming/${letter.id}?done=receive`);
  }
}
