import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { fromBangkokWallClock } from '../../common/thai/bangkok-time';
import { AssignIncoming } from '../../incoming/assignment.service';
import { IncomingQueries } from '../../incoming/incoming-queries.service';
import { RouteIncoming } from '../../incoming/routing.service';
import { OrgService } from '../../org/org.service';
import {
  AcknowledgeFormDto,
  AssignFormDto,
  CloseFormDto,
  EndorseFormDto,
  ForwardFormDto,
} from '../dto/incoming.dto';
import { AfterApprovalLoader } from '../after-approval.loader';
import { endorsePlan, planRefusalText } from '../models/endorse-plan.model';
import { letterPage } from '../models/incoming-page.model';
import { letterFlash } from '../models/incoming-list.model';
import { sendFile } from '../send-file';
import { incomingView } from '../views/pages/incoming.view';
import type { Flash } from '../views/layout.view';
import { unlessConflict } from '../conflict';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const CONFLICT: Flash = {
  kind: 'error',
  text: 'มีผู้ดำเนินการกับหนังสือนี้ไปก่อนแล้ว หน้านี้แสดงสถานะล่าสุด กรุณาตรวจสอบอีกครั้ง',
};

/** An order's due day: the end of that working day in Bangkok. */
const dueOn = (day: string | undefined) => (day ? fromBangkokWallClock(`${day}T16:30`) : undefined);

/** One incoming letter: its page, its stamped copy and files, and each step of its path. */
@WebController('incoming/:id')
export class IncomingPagesController {
  constructor(
    private readonly queries: IncomingQueries,
    private readonly routing: RouteIncoming,
    private readonly assigning: AssignIncoming,
    private readonly org: OrgService,
    private readonly pages: WebPages,
    private readonly afterEndorse: AfterApprovalLoader,
  ) {}

  @Can('handleIncoming')
  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(actor, id, req, res, undefined, letterFlash(req.query.done));
  }

  @Can('handleIncoming')
  @Get('stamped.pdf')
  async stamped(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.queries.stamped(actor, id);
    sendFile(res, pdf, 'application/pdf', `incoming-${id}.pdf`, true);
  }

  @Can('handleIncoming')
  @Get('files/:fileId')
  async file(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('fileId', ParseIdPipe) fileId: number,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.queries.file(actor, id, fileId);
    sendFile(res, file.bytes, file.mimeType, file.fileName, false);
  }

  @Can('receiveIncoming')
  @Post('forward')
  async forward(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ForwardFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'forward', () => this.routing.forward(actor, id, dto));
  }

  @Can('endorseIncoming')
  @Post('endorse')
  async endorse(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: EndorseFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { plan, problem } = await endorsePlan(dto);
    const refused = (text: string) => this.page(actor, id, req, res, 400, { kind: 'error', text });
    if (problem) return refused(problem);
    const endorse = () =>
      this.routing.endorse(actor, id, {
        note: dto.note,
        assignGroupIds: dto.assignGroupIds?.map(Number),
        dueAt: dueOn(dto.dueAt),
        forwardToUsername: dto.forwardToUsername,
        onEndorse: plan,
        version: dto.version,
      });
    await this.act(actor, id, req, res, 'endorse', endorse).catch((error: unknown) => {
      const text = planRefusalText(error);
      if (text === undefined) throw error;
      return refused(text);
    });
  }

  @Can('handleIncoming')
  @Post('assign')
  async assign(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: AssignFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'assign', () => this.assigning.assign(actor, id, dto));
  }

  @Can('handleIncoming')
  @Post('acknowledge')
  async acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: AcknowledgeFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'acknowledge', () =>
      this.assigning.acknowledge(actor, id, dto),
    );
  }

  @Can('handleIncoming')
  @Post('close')
  async close(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CloseFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'close', () => this.assigning.close(actor, id, dto));
  }

  /** Runs a step; a 409 (someone acted first, or a stale page) shows the letter as it is now. */
  private async act(
    actor: Actor,
    id: number,
    req: Request,
    res: Response,
    done: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    if (!(await unlessConflict(run, () => this.page(actor, id, req, res, 409, CONFLICT)))) return;
    res.redirect(303, `/incoming/${id}?done=${done}`);
  }

  private async page(
    actor: Actor,
    id: number,
    req: Request,
    res: Response,
    status?: number,
    flash?: Flash,
  ): Promise<void> {
    const view = await this.queries.get(actor, id);
    const [users, groups, after] = await Promise.all([
      this.org.listUsers(actor),
      this.org.listGroups(actor),
      this.afterEndorse.loadLetter(actor, id),
    ]);
    const model = letterPage(view, actor, { users, groups }, after);
    await this.pages.render(req, res, incomingView, view.subject, model, { status, flash });
  }
}
