import { Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { DispatchService } from '../../dispatch/dispatch.service';
import { thaiCount, thaiDateTime } from '../format';
import { dispatchView } from '../views/pages/dispatch.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

type DispatchItem = Awaited<ReturnType<DispatchService['list']>>['items'][number];

/** Who has and has not received an issued memo's documents: its author and the registry desk. */
@WebController('memos/:id/dispatch')
export class DispatchPagesController {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly pages: WebPages,
  ) {}

  @Can('draft')
  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query('done') done: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const data = await this.dispatch.list(actor, id);
    const summary = `ส่งทางอีเมล ${thaiCount(data.emailed)} แห่ง ยืนยันรับแล้ว ${thaiCount(data.received)} แห่ง`;
    await this.pages.render(
      req,
      res,
      dispatchView,
      'การส่งหนังสือ',
      { memoId: id, summary, rows: data.items.map((i) => row(id, i)) },
      { flash: done === 'resend' ? { kind: 'ok', text: 'ส่งหนังสืออีกครั้งแล้ว' } : undefined },
    );
  }

  @Can('draft')
  @Post(':dispatchId/resend')
  async resend(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('dispatchId', ParseIdPipe) dispatchId: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.dispatch.resend(actor, dispatchId);
    res.redirect(303, `/memos/${id}/dispatch?done=resend`);
  }
}

function row(memoId: number, i: DispatchItem) {
  const received = i.state === 'received';
  const email = i.channel === 'email';
  return {
    recipient: i.recipient,
    email: i.email ?? '',
    channel: email ? 'อีเมล' : 'กลุ่มภายใน',
    received,
    stateLabel: received ? 'รับแล้ว' : email ? 'ยังไม่ยืนยันรับ' : 'ส่งเข้าระบบแล้ว',
    detail: received
      ? `ยืนยันรับเมื่อ ${thaiDateTime(i.receivedAt)}`
      : email
        ? i.mailedAt
          ? `ส่งอีเมลล่าสุด ${thaiDateTime(i.mailedAt)} (ส่ง ${thaiCount(i.sendCount)} ครั้ง)`
          : 'ยังส่งอีเมลไม่สำเร็จ'
        : '',
    resendAction: email && !received ? `/memos/${memoId}/dispatch/${i.id}/resend` : null,
  };
}
