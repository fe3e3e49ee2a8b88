import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor, SignedIn } from '../../common/auth/decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { AttachmentService } from '../../memo/attachment.service';
import { MemoService } from '../../memo/memo.service';
import { PdfService } from '../../documents/pdf.service';
import { defaultEndorsement } from '../../memo/memo-lifecycle';
import { pendingStepOf } from '../../memo/memo.views';
import { ApproveStep } from '../../workflow/transitions/approve-step.use-case';
import { SendBack } from '../../workflow/transitions/send-back.use-case';
import { SubmitMemo } from '../../workflow/transitions/submit-memo.use-case';
import { WithdrawMemo } from '../../workflow/transitions/withdraw-memo.use-case';
import { ApproveFormDto, NoteFormDto, VersionFormDto } from '../dto/memo-action.dto';
import { doneFlash } from '../models/memo-list.model';
import { memoPage } from '../models/memo-page.model';
import { sendFile } from '../send-file';
import { approveConfirmView } from '../views/pages/approve-confirm.view';
import { memoView } from '../views/pages/memo.view';
import type { Flash } from '../views/layout.view';
import { unlessConflict } from '../conflict';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';
import { AfterApprovalLoader } from '../after-approval.loader';

const CONFLICT: Flash = {
  kind: 'error',
  text: 'มีผู้ดำเนินการกับบันทึกนี้ไปก่อนแล้ว หน้านี้แสดงสถานะล่าสุด กรุณาตรวจสอบอีกครั้ง',
};

/** One memo: details, PDF, endorsements, and the actions its viewer may take. */
@WebController('memos/:id')
export class MemoPagesController {
  constructor(
    private readonly memos: MemoService,
    private readonly submitMemo: SubmitMemo,
    private readonly approveStep: ApproveStep,
    private readonly sendBackMemo: SendBack,
    private readonly withdrawMemo: WithdrawMemo,
    private readonly pdfs: PdfService,
    private readonly attachments: AttachmentService,
    private readonly pages: WebPages,
    private readonly afterApproval: AfterApprovalLoader,
  ) {}

  @SignedIn()
  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(actor, id, req, res);
  }

  @SignedIn()
  @Get('pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.pdfs.memoPdf(actor, id);
    sendFile(res, pdf.bytes, 'application/pdf', pdf.fileName, true);
  }

  @SignedIn()
  @Get('issuance/pdf')
  async issuancePdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.pdfs.issuancePdf(actor, id);
    sendFile(res, pdf.bytes, 'application/pdf', pdf.fileName, true);
  }

  @SignedIn()
  @Get('attachments/:attachmentId')
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('attachmentId', ParseIdPipe) attachmentId: number,
    @Res() res: Response,
  ): Promise<void> {
    const { attachment, bytes } = await this.attachments.download(actor, id, attachmentId);
    sendFile(res, bytes, attachment.mimeType, attachment.fileName, false);
  }

  @Can('approve')
  @Post('approve')
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ApproveFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!dto.confirmed) {
      // The final signature (it takes the number and seals) and signing for the director: show
      // what will be signed, in which capacity, and ask once more before posting.
      const view = await this.memos.get(actor, id);
      const step = pendingStepOf(view);
      const weighty = step && (step.isFinal || step.capacity !== 'own');
      if (step && weighty && step.assigneeUserId === actor.userId) {
        await this.pages.render(req, res, approveConfirmView, 'ยืนยันการลงนาม', {
          id,
          version: dto.version,
          subject: view.subject,
          note: dto.note ?? defaultEndorsement(step.isFinal),
          signer: step.assigneeName ?? '',
          position: step.assigneePosition ?? '',
          capacityLine: step.capacityLine,
        });
        return;
      }
    }
    await this.act(actor, id, req, res, 'approve', async () => {
      const memo = await this.approveStep.execute(actor, id, dto.version, dto.note);
      // Endorsing passes the memo on; only the last signature approves it.
      return memo.status === 'approved' ? 'approve' : 'endorse';
    });
  }

  @Can('approve')
  @Post('return')
  async sendBack(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: NoteFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'return', () =>
      this.sendBackMemo.execute(actor, id, 'return', dto.note.trim(), dto.version),
    );
  }

  @Can('approve')
  @Post('reject')
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: NoteFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'reject', () =>
      this.sendBackMemo.execute(actor, id, 'reject', dto.note.trim(), dto.version),
    );
  }

  @Can('draft')
  @Post('withdraw')
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: VersionFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'withdraw', () =>
      this.withdrawMemo.execute(actor, id, dto.version),
    );
  }

  @Can('draft')
  @Post('submit')
  async submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: VersionFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.act(actor, id, req, res, 'submit', () =>
      this.submitMemo.execute(actor, id, dto.version),
    );
  }

  /**
   * Runs a transition; a 409 (someone acted first, or the page was stale) shows the memo as it
   * is now with a Thai explanation, instead of an error page.
   */
  private async act(
    actor: Actor,
    id: number,
    req: Request,
    res: Response,
    done: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    let outcome: unknown;
    const ran = await unlessConflict(
      async () => {
        outcome = await run();
      },
      () => this.page(actor, id, req, res, 409, CONFLICT),
    );
    if (!ran) return;
    if (typeof outcome === 'string') done = outcome;
    const back = done === 'submit' || done === 'withdraw' ? `/memos/${id}` : '/inbox';
    res.redirect(303, `${back}?done=${done}`);
  }

  private async page(
    actor: Actor,
    id: number,
    req: Request,
    res: Response,
    status?: number,
    flash?: Flash,
  ): Promise<void> {
    const view = await this.memos.get(actor, id);
    const done = typeof req.query.done === 'string' ? req.query.done : undefined;
    const after = await this.afterApproval.load(actor, view);
    await this.pages.render(
      req,
      res,
      memoView,
      view.subject,
      { ...memoPage(view), after },
      {
        status,
        flash: flash ?? doneFlash(done),
      },
    );
  }
}
