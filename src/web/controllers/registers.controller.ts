import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { may } from '../../common/auth/permissions';
import { Clock } from '../../common/clock';
import { buddhistYear } from '../../common/thai/thai-format';
import { REGISTER_TH, REGISTERS } from '../../registry/register';
import { RegisterEntryParams, RegisterYearParams } from '../../registry/dto/register-params.dto';
import { RegistryService } from '../../registry/registry.service';
import { CancelFormDto, RegisterQueryDto } from '../dto/registers.dto';
import { thaiCount, thaiDate } from '../format';
import { pagination } from '../models/memo-list.model';
import { sendFile } from '../send-file';
import { registersView } from '../views/pages/registers.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PAGE_SIZE = 50;

/** ทะเบียนหนังสือ for the registrar and the executives, with the CSV the API also offers. */
@WebController('registers')
export class RegistersPagesController {
  constructor(
    private readonly registry: RegistryService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('viewRegisters')
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: RegisterQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const register = q.register ?? 'outgoing';
    const current = buddhistYear(this.clock.now());
    const year = q.year ?? current;
    const data = await this.registry.list(actor, register, year, q.page, PAGE_SIZE);
    const canCancel = may(actor.roles, 'cancelNumber');
    await this.pages.render(
      req,
      res,
      registersView,
      data.registerName,
      {
        heading: `${data.registerName} พ.ศ. ${thaiCount(year)}`,
        tabs: REGISTERS.map((r) => ({
          href: `/registers?register=${r}&year=${year}`,
          label: REGISTER_TH[r],
          current: r === register,
        })),
        register,
        years: [current, current - 1, current - 2, current - 3].map((y) => ({
          value: y,
          label: thaiCount(y),
          selected: y === year,
        })),
        csvHref: `/registers/${register}/${year}/csv`,
        canCancel,
        rows: data.items.map((e) => ({
          seq: thaiCount(e.seq),
          number: e.number,
          date: thaiDate(e.registeredAt),
          subject: e.subject,
          href: e.documentType === 'memo' ? `/memos/${e.documentId}` : '',
          cancelled: e.cancelled,
          statusLabel: e.statusLabel,
          cancelReason: e.cancelReason ?? '',
          cancelAction: `/registers/${register}/${year}/${e.seq}/cancel`,
        })),
        pagination: pagination(
          data.total,
          q.page,
          PAGE_SIZE,
          (n) => `/registers?register=${register}&year=${year}&page=${n}`,
        ),
      },
      { flash: q.done ? { kind: 'ok', text: 'ยกเลิกเลขทะเบียนแล้ว' } : undefined },
    );
  }

  @Can('viewRegisters')
  @Get(':register/:year/csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Param() p: RegisterYearParams,
    @Res() res: Response,
  ): Promise<void> {
    const body = await this.registry.csv(actor, p.register, p.year);
    sendFile(
      res,
      Buffer.from(body, 'utf8'),
      'text/csv; charset=utf-8',
      `register-${p.register}-${p.year}.csv`,
      false,
    );
  }

  @Can('cancelNumber')
  @Post(':register/:year/:seq/cancel')
  async cancel(
    @CurrentActor() actor: Actor,
    @Param() p: RegisterEntryParams,
    @Body() dto: CancelFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.registry.cancel(actor, p.register, p.year, p.seq, dto.reason.trim());
    res.redirect(303, `/registers?register=${p.register}&year=${p.year}&done=cancel`);
  }
}
