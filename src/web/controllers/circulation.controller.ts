import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CirculationService } from '../../circulation/circulation.service';
import { MAX_DONE_NOTE } from '../../circulation/dto/circulation.dto';
import { TaskService } from '../../circulation/task.service';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { PageOnlyQueryDto } from '../dto/list.dto';
import { FormInteger } from '../dto/form-values';
import { thaiCount, thaiDate, thaiDateTime } from '../format';
import { pagination } from '../models/memo-list.model';
import { circulationView } from '../views/pages/circulation.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const PAGE_SIZE = 30;

class TaskDoneFormDto {
  /** The memo page to go back to… */
  @IsOptional()
  @FormInteger()
  memoId?: number;

  /** …or the letter page. */
  @IsOptional()
  @FormInteger()
  letterId?: number;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_DONE_NOTE)
  note = '';
}

/** หนังสือเวียนรอรับทราบ, รับทราบ, reminding those who have not, and finishing a task. */
@WebController()
export class CirculationPagesController {
  constructor(
    private readonly circulation: CirculationService,
    private readonly tasks: TaskService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('acknowledgeCirculation')
  @Get('circulation')
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: PageOnlyQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [page, open] = await Promise.all([
      this.circulation.toRead(actor, { page: q.page, pageSize: PAGE_SIZE }),
      this.tasks.list(actor, { state: 'open', page: 1, pageSize: 50 }),
    ]);
    const now = this.clock.now().getTime();
    await this.pages.render(req, res, circulationView, 'หนังสือเวียนรอรับทราบ', {
      summary: `ยังไม่รับทราบ ${thaiCount(page.unread)} ฉบับ`,
      rows: page.items.map((i) => ({
        href: i.path,
        subject: i.subject,
        docNumber: numberLine(i),
        at: thaiDateTime(i.circulatedAt),
        unread: i.state === 'unread',
        stateLabel: i.state === 'unread' ? 'ยังไม่รับทราบ' : `รับทราบแล้ว ${thaiDateTime(i.readAt)}`,
      })),
      pagination: pagination(page.total, q.page, PAGE_SIZE, (n) => `/circulation?page=${n}`),
      tasks: open.items.map((t) => ({
        href: t.path,
        task: t.task,
        subject: t.subject,
        due: thaiDate(t.dueAt),
        overdue: t.dueAt.getTime() < now,
      })),
    });
  }

  @Can('acknowledgeCirculation')
  @Post('memos/:id/acknowledge')
  async acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.circulation.acknowledge(actor, id);
    res.redirect(303, `/memos/${id}?done=acknowledge`);
  }

  @Can('draft')
  @Post('memos/:id/circulation/remind')
  async remind(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    const done = await this.circulation.remind(actor, id).then(
      () => 'remind',
      (error: unknown) => refusedAs(error, 'CIRCULATION_REMIND_TOO_SOON', 'remind-too-soon'),
    );
    res.redirect(303, `/memos/${id}?done=${done}`);
  }

  @Can('acknowledgeCirculation')
  @Post('tasks/:id/done')
  async done(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: TaskDoneFormDto,
    @Res() res: Response,
  ): Promise<void> {
    const back = dto.letterId ? `/incoming/${dto.letterId}` : `/memos/${dto.memoId ?? ''}`;
    const done = await this.tasks.done(actor, id, dto.note).then(
      (task) => ({ path: task.path, key: 'task-done' }),
      (error: unknown) => ({
        path: back,
        key: refusedAs(error, 'TASK_ALREADY_DONE', 'task-already-done'),
      }),
    );
    res.redirect(303, `${done.path}?done=${done.key}`);
  }
}

/** ที่ of a memo, เลขรับ of a letter. */
const numberLine = (i: { kind: string; docNumber: string | null }): string =>
  !i.docNumber ? '' : i.kind === 'incoming' ? `เลขรับ ${i.docNumber}` : `ที่ ${i.docNumber}`;

/** A refusal the memo page explains (its `done` flash); anything else goes on as an error. */
export function refusedAs(error: unknown, code: string, flash: string): string {
  if (error instanceof DomainError && error.code === code) return flash;
  throw error;
}
