import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { OfficesService } from '../../platform/offices.service';
import { OfficeActiveFormDto, OfficeFormDto } from '../dto/platform.dto';
import { officeInput, platformPage } from '../models/platform.model';
import type { Flash } from '../views/layout.view';
import { platformView } from '../views/pages/platform.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const DONE: Record<string, Flash> = {
  office: { kind: 'ok', text: 'เพิ่มสำนักงานแล้ว ผู้ดูแลระบบของสำนักงานเข้าสู่ระบบได้ทันที' },
  active: { kind: 'ok', text: 'ปรับสถานะสำนักงานแล้ว' },
};

/** The platform administrator's page: offices, their health, a new office. */
@WebController('platform')
export class PlatformPagesController {
  constructor(
    private readonly offices: OfficesService,
    private readonly pages: WebPages,
  ) {}

  @Can('manageOffices')
  @Get()
  async show(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response) {
    const done = typeof req.query.done === 'string' ? DONE[req.query.done] : undefined;
    await this.page(actor, req, res, { errors: [], status: 200, flash: done });
  }

  @Can('manageOffices')
  @Post('offices')
  async create(
    @CurrentActor() actor: Actor,
    @Body() form: OfficeFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { dto, errors } = await officeInput(form);
    const { adminPassword: _secret, ...kept } = form;
    if (errors.length > 0) return this.page(actor, req, res, { errors, status: 400, form: kept });
    try {
      await this.offices.create(actor, dto);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 409) throw error;
      const errors = [ERROR_CATALOG[error.code].th];
      return this.page(actor, req, res, { errors, status: 409, form: kept });
    }
    res.redirect(303, '/platform?done=office');
  }

  @Can('manageOffices')
  @Post('offices/:id/active')
  async setActive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: OfficeActiveFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.offices.setActive(actor, id, form.active === '1');
    res.redirect(303, '/platform?done=active');
  }

  private async page(
    actor: Actor,
    req: Request,
    res: Response,
    view: { errors: string[]; status: number; flash?: Flash; form?: Record<string, string> },
  ): Promise<void> {
    const model = { ...platformPage(await this.offices.list(actor)), errors: view.errors };
    await this.pages.render(
      req,
      res,
      platformView,
      'สำนักงานเขตพื้นที่การศึกษา',
      { ...model, form: view.form ?? {} },
      { status: view.status, flash: view.flash },
    );
  }
}
