import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import { PublicationService } from '../../oit/publication/publication.service';
import { SettingsService } from '../../oit/settings.service';
import { OrgService } from '../../org/org.service';
import { SubmitFormDto, SubmitQueryDto, SurveyFormDto } from '../dto/oit-coordinator.dto';
import { thaiCount } from '../format';
import { oitSubmitView } from '../views/pages/oit-submit.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const points = (n: number | null): string =>
  n === null ? 'ยังไม่บันทึก' : new Intl.NumberFormat('th-TH-u-nu-thai').format(n);

/** The year as a whole: the IIT/EIT survey results, and submitting it (after a confirmation). */
@WebController('oit')
export class OitYearPagesController {
  constructor(
    private readonly checklist: ChecklistUseCase,
    private readonly settings: SettingsService,
    private readonly publication: PublicationService,
    private readonly org: OrgService,
    private readonly pages: WebPages,
  ) {}

  @Can('manageOit')
  @Post('survey')
  async survey(
    @CurrentActor() actor: Actor,
    @Body() dto: SurveyFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.settings.setSurvey(actor, dto.year, { iit: dto.iit, eit: dto.eit });
    res.redirect(303, `/oit?year=${dto.year}&done=survey#survey`);
  }

  @Can('manageOit')
  @Get('submit')
  async confirmSubmit(
    @CurrentActor() actor: Actor,
    @Query() q: SubmitQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [data, org] = await Promise.all([
      this.checklist.execute(actor, q.year),
      this.org.organization(actor),
    ]);
    if (data.submittedAt) throw new DomainError('OIT_ALREADY_SUBMITTED');
    await this.pages.render(req, res, oitSubmitView, `ยืนยันการส่งข้อมูล OIT ${thaiCount(q.year)}`, {
      fiscalYear: q.year,
      yearTh: thaiCount(q.year),
      complete: thaiCount(data.summary.complete ?? 0),
      total: thaiCount(data.items.length),
      survey: `IIT ${points(data.score.iit)} · EIT ${points(data.score.eit)}`,
      publicUrl: `/oit/${org.code}/${q.year}`,
    });
  }

  @Can('manageOit')
  @Post('submit')
  async submit(
    @CurrentActor() actor: Actor,
    @Body() dto: SubmitFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.publication.submit(actor, dto.year);
    res.redirect(303, `/oit?year=${dto.year}&done=submit`);
  }
}
