import {
  Body,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { AttachmentService } from '../../memo/attachment.service';
import { MemoService } from '../../memo/memo.service';
import type { MemoView } from '../../memo/memo.views';
import type { UserView } from '../../org/org.views';
import { OrgService } from '../../org/org.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import { SubmitMemo } from '../../workflow/transitions/submit-memo.use-case';
import { DraftPreview } from '../../documents/draft-preview';
import { DraftFormDto, EditDraftFormDto, PreviewQueryDto } from '../dto/draft.dto';
import { NewDraftQueryDto } from '../dto/incoming.dto';
import { doneFlash } from '../models/memo-list.model';
import {
  draftErrors,
  memoInput,
  officeIds,
  planRefusal,
  urgentByInvalid,
} from '../models/draft-input.model';
import {
  applyRowIntent,
  blankDraft,
  DraftValues,
  draftForm,
  draftValuesOf,
  draftValuesOfMemo,
  EditedDraft,
  readerChoices,
} from '../models/draft.model';
import { sendFile } from '../send-file';
import { FieldError, formError } from '../views/form-errors';
import { draftView } from '../views/pages/draft.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

const STALE_DRAFT = 'ร่างนี้ถูกแก้ไขจากหน้าอื่นหลังจากที่ท่านเปิดไว้ หากต้องการบันทึกตามที่กรอกในหน้านี้ กรุณากดบันทึกอีกครั้ง';

/** เขียนบันทึก: new memos and edits of drafts and returned memos, preview, attachments. */
@WebController('memos')
export class DraftingController {
  constructor(
    private readonly memos: MemoService,
    private readonly submitMemo: SubmitMemo,
    private readonly attachments: AttachmentService,
    private readonly org: OrgService,
    private readonly preview: DraftPreview,
    private readonly pages: WebPages,
  ) {}

  @Can('draft')
  @Get('new')
  async newDraft(
    @CurrentActor() actor: Actor,
    @Query() q: NewDraftQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const [office, people] = await Promise.all([
      this.org.organization(actor),
      this.org.listUsers(actor),
    ]);
    const values = { ...blankDraft(`ผู้อำนวยการ${office.name}`), inReplyTo: q.inReplyTo ?? null };
    await this.renderNew(actor, req, res, people, values, []);
  }

  @Can('draft')
  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() form: DraftFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const people = await this.org.listUsers(actor);
    const values = draftValuesOf(form);
    if (applyRowIntent(values, form.intent))
      return this.renderNew(actor, req, res, people, values, []);
    const input = memoInput(form);
    const errors = await draftErrors(input, officeIds(people));
    if (errors.length > 0) return this.renderNew(actor, req, res, people, values, errors, 400);
    const memo = await this.memos.create(actor, input).catch(planRefusal);
    if (Array.isArray(memo)) return this.renderNew(actor, req, res, people, values, memo, 400);
    if (form.intent === 'submit') {
      await this.submitMemo.execute(actor, memo.id, memo.version);
      return res.redirect(303, `/memos/${memo.id}?done=submit`);
    }
    res.redirect(303, `/memos/${memo.id}/edit?done=save`);
  }

  /** The form as it is now, as a ร่าง PDF: nothing is saved. */
  @Can('draft')
  @Post('preview')
  async previewPdf(
    @CurrentActor() actor: Actor,
    @Body() form: DraftFormDto,
    @Query() q: PreviewQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const input = memoInput(form);
    // The rest of a draft may be unfinished, but a deadline that is no real moment cannot print.
    if (urgentByInvalid(input)) throw new DomainError('DATE_NOT_IN_CALENDAR', ['urgentBy']);
    const pdf = await this.preview.pdf(actor, input, q.doc ?? 'memo', form.memoId);
    sendFile(res, pdf, 'application/pdf', 'draft-preview.pdf', true);
  }

  @Can('draft')
  @Get(':id/edit')
  async edit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const view = await this.memos.get(actor, id);
    if (!view.actions.includes('edit')) return res.redirect(303, `/memos/${id}`);
    const done = typeof req.query.done === 'string' ? req.query.done : undefined;
    const draft = {
      view,
      values: draftValuesOfMemo(view),
      people: await this.org.listUsers(actor),
    };
    await this.renderEdit(actor, req, res, draft, [], view.version, 200, done);
  }

  @Can('draft')
  @Post(':id/edit')
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: EditDraftFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [view, people] = await Promise.all([
      this.memos.get(actor, id),
      this.org.listUsers(actor),
    ]);
    const draft = { view, values: draftValuesOf(form), people };
    const version = form.version;
    if (applyRowIntent(draft.values, form.intent)) {
      return this.renderEdit(actor, req, res, draft, [], version);
    }
    const input = memoInput(form, view.references, view.issuance, view.onApproval);
    const errors = await draftErrors(input, officeIds(people));
    if (errors.length > 0) return this.renderEdit(actor, req, res, draft, errors, version, 400);
    let saved: MemoView;
    try {
      saved = await this.memos.update(actor, id, { ...input, version });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'STALE_VERSION') {
        return this.renderEdit(actor, req, res, draft, [formError(STALE_DRAFT)], view.version, 409);
      }
      return this.renderEdit(actor, req, res, draft, planRefusal(error), version, 400);
    }
    if (form.intent === 'submit') {
      await this.submitMemo.execute(actor, id, saved.version);
      return res.redirect(303, `/memos/${id}?done=submit`);
    }
    res.redirect(303, `/memos/${id}/edit?done=save`);
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('draft')
  @Post(':id/attachments')
  @UseInterceptors(FileInterceptor('file'))
  async attach(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @UploadedFile() file: Upload | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.attachments.add(actor, id, file);
    res.redirect(303, `/memos/${id}/edit?done=attach`);
  }

  @Can('draft')
  @Post(':id/attachments/:attachmentId/remove')
  async detach(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('attachmentId', ParseIdPipe) attachmentId: number,
    @Res() res: Response,
  ): Promise<void> {
    await this.attachments.remove(actor, id, attachmentId);
    res.redirect(303, `/memos/${id}/edit?done=detach`);
  }

  private renderNew(
    actor: Actor,
    req: Request,
    res: Response,
    people: UserView[],
    values: DraftValues,
    errors: FieldError[],
    status = 200,
  ): Promise<void> {
    const model = draftForm(values, {
      heading: 'เขียนบันทึกข้อความ',
      action: '/memos',
      errors,
      readers: readerChoices(people, actor.userId, values.readerUserIds),
      people,
    });
    return this.pages.render(req, res, draftView, 'เขียนบันทึกข้อความ', model, { status });
  }

  private renderEdit(
    actor: Actor,
    req: Request,
    res: Response,
    { view, values, people }: EditedDraft,
    errors: FieldError[],
    version: number,
    status = 200,
    done?: string,
  ): Promise<void> {
    const heading = view.status === 'returned' ? 'แก้ไขบันทึกที่ส่งกลับ' : 'แก้ไขร่างบันทึก';
    const model = draftForm(values, {
      heading,
      action: `/memos/${view.id}/edit`,
      memoId: view.id,
      version,
      errors,
      view,
      readers: readerChoices(people, view.author?.id ?? actor.userId, values.readerUserIds),
      people,
    });
    return this.pages.render(req, res, draftView, heading, model, {
      status,
      flash: doneFlash(done),
    });
  }
}
