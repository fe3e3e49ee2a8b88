import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { may } from '../../common/auth/permissions';
import { Clock } from '../../common/clock';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { fiscalYear } from '../../common/thai/thai-format';
import { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import { LinkService } from '../../oit/links/link.service';
import { DecisionFormDto, OitQueryDto } from '../dto/oit.dto';
import { thaiCount } from '../format';
import { oitDashboard } from '../models/oit.model';
import type { Flash } from '../views/layout.view';
import { oitView } from '../views/pages/oit.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const DONE: Record<string, Flash> = {
  confirm: { kind: 'ok', text: 'ยืนยันหลักฐานแล้ว' },
  reject: { kind: 'ok', text: 'บันทึกว่าไม่ใช้หลักฐานนี้แล้ว' },
  evidence: { kind: 'ok', text: 'เพิ่มหลักฐานและเชื่อมกับข้อ OIT แล้ว' },
  survey: { kind: 'ok', text: 'บันทึกคะแนน IIT และ EIT แล้ว' },
  submit: { kind: 'ok', text: 'ส่งข้อมูล OIT แล้ว หน้าเผยแพร่แสดงข้อมูล ณ วันที่ส่ง' },
  catalog: { kind: 'ok', text: 'โหลดรายการตัวชี้วัดของปีงบประมาณนี้แล้ว' },
};

/** OIT dashboard for the whole office: status, score, what to do next; the coordinator decides. */
@WebController('oit')
export class OitPagesController {
  constructor(
    private readonly checklist: ChecklistUseCase,
    private readonly links: LinkService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('viewOitDashboard')
  @Get()
  async dashboard(
    @CurrentActor() actor: Actor,
    @Query() q: OitQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const current = fiscalYear(this.clock.now());
    const year = q.year ?? current;
    const data = await this.checklist.execute(actor, year);
    const years = [current + 1, current, current - 1, current - 2, current - 3];
    if (!years.includes(year)) years.push(year);
    await this.pages.render(
      req,
      res,
      oitView,
      `OIT ปีงบประมาณ ${thaiCount(year)}`,
      {
        ...oitDashboard(data, may(actor.roles, 'decideOitLinks'), may(actor.roles, 'manageOit')),
        years: years.map((y) => ({ value: y, label: thaiCount(y), selected: y === year })),
      },
      { flash: q.done ? DONE[q.done] : undefined },
    );
  }

  @Can('decideOitLinks')
  @Post('links/:id/confirm')
  async confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecisionFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.links.decide(actor, id, 'confirmed', dto.note);
    res.redirect(303, `/oit?year=${dto.year}&done=confirm#proposals`);
  }

  @Can('decideOitLinks')
  @Post('links/:id/reject')
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecisionFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.links.decide(actor, id, 'rejected', dto.note);
    res.redirect(303, `/oit?year=${dto.year}&done=reject#proposals`);
  }
}
