import { Body, Get, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG, type ErrorCode } from '../../common/errors/error-codes';
import { bangkokIsoDay } from '../../common/thai/bangkok-time';
import { fiscalYear } from '../../common/thai/thai-format';
import { CatalogService } from '../../oit/catalog/catalog.service';
import { ChecklistUseCase } from '../../oit/checklist/checklist.use-case';
import { EvidenceService } from '../../oit/evidence/evidence.service';
import { LinkService } from '../../oit/links/link.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import {
  DocumentLinkFormDto,
  EvidenceQueryDto,
  FileEvidenceFieldsDto,
  FileEvidenceFormDto,
  WebEvidenceFieldsDto,
  WebEvidenceFormDto,
} from '../dto/oit-coordinator.dto';
import { thaiCount } from '../format';
import {
  fileEvidenceErrors,
  fileRefused,
  oitEvidencePage,
  webEvidenceErrors,
} from '../models/oit-evidence.model';
import type { FieldError } from '../views/form-errors';
import { oitEvidenceView } from '../views/pages/oit-evidence.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

/** What the evidence service may say of the file itself: answered beside the file field. */
const FILE_REFUSALS = new Set<ErrorCode>(['OIT_FILE_MISSING', 'OIT_FILE_TYPE_REFUSED']);

const linked = (dto: { year: number; code: string }) =>
  `/oit?year=${dto.year}&done=evidence#item-${dto.code}`;

/** The coordinator adds evidence to an item: a file, a web link, an approved document. */
@WebController('oit/evidence')
export class OitEvidencePagesController {
  constructor(
    private readonly checklist: ChecklistUseCase,
    private readonly catalogs: CatalogService,
    private readonly evidence: EvidenceService,
    private readonly links: LinkService,
    private readonly pages: WebPages,
    private readonly clock: Clock,
  ) {}

  @Can('decideOitLinks')
  @Get()
  async form(
    @CurrentActor() actor: Actor,
    @Query() q: EvidenceQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(actor, q, req, res);
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('decideOitLinks')
  @Post('file')
  @UseInterceptors(FileInterceptor('file'))
  async uploadFile(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Body() form: FileEvidenceFieldsDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const dto = plainToInstance(FileEvidenceFormDto, form);
    const typed = (errors: FieldError[]) => ({
      form: 'file' as const,
      values: { title: form.title, url: '', date: form.date },
      errors,
    });
    const errors = fileEvidenceErrors(await validate(dto));
    if (errors.length > 0)
      return this.page(actor, { year: dto.year, code: dto.code }, req, res, typed(errors), 400);
    await this.knownItem(actor, dto);
    const saved = await this.evidence.registerFile(actor, file, dto).catch((error: unknown) => {
      if (error instanceof DomainError && FILE_REFUSALS.has(error.code)) return error;
      throw error;
    });
    if (saved instanceof DomainError) {
      const refused = typed([fileRefused(ERROR_CATALOG[saved.code].th)]);
      return this.page(actor, { year: dto.year, code: dto.code }, req, res, refused, saved.status);
    }
    await this.linkAndShow(actor, dto, saved, res);
  }

  /** What was typed wrong is answered next to its field, on the form as it was filled in. */
  @Can('decideOitLinks')
  @Post('web')
  async registerWeb(
    @CurrentActor() actor: Actor,
    @Body() form: WebEvidenceFieldsDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const dto = plainToInstance(WebEvidenceFormDto, form);
    const errors = webEvidenceErrors(await validate(dto));
    if (errors.length > 0) {
      const values = { title: form.title, url: form.url, date: form.date };
      const typed = { form: 'web' as const, values, errors };
      return this.page(actor, { year: dto.year, code: dto.code }, req, res, typed, 400);
    }
    await this.knownItem(actor, dto);
    await this.linkAndShow(actor, dto, await this.evidence.registerWeb(actor, dto), res);
  }

  @Can('decideOitLinks')
  @Post('document')
  async linkDocument(
    @CurrentActor() actor: Actor,
    @Body() dto: DocumentLinkFormDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.links.linkManually(actor, dto.year, {
      code: dto.code,
      documentType: dto.documentType,
      documentId: dto.documentId,
    });
    res.redirect(303, linked(dto));
  }

  private async page(
    actor: Actor,
    q: EvidenceQueryDto,
    req: Request,
    res: Response,
    typed?: Parameters<typeof oitEvidencePage>[4],
    status = 200,
  ): Promise<void> {
    const now = this.clock.now();
    const year = q.year ?? fiscalYear(now);
    const [data, found] = await Promise.all([
      this.checklist.execute(actor, year),
      this.evidence.findDocuments(actor, q.q ?? ''),
    ]);
    const model = oitEvidencePage(data, q, found, bangkokIsoDay(now), typed);
    const title = `เพิ่มหลักฐาน OIT ${thaiCount(year)}`;
    await this.pages.render(req, res, oitEvidenceView, title, model, { status });
  }

  /** Refused before anything is stored, so a wrong item leaves no unlinked evidence behind. */
  private async knownItem(actor: Actor, dto: { year: number; code: string }): Promise<void> {
    const catalog = await this.catalogs.resolve(actor.orgId, dto.year);
    if (!catalog.items.some((i) => i.code === dto.code)) {
      throw new DomainError('OIT_UNKNOWN_ITEM', { code: dto.code });
    }
  }

  /** Evidence just registered is linked to the item it was added for, and the item shown. */
  private async linkAndShow(
    actor: Actor,
    dto: { year: number; code: string },
    saved: { id: number },
    res: Response,
  ): Promise<void> {
    await this.links.linkManually(actor, dto.year, { code: dto.code, evidenceId: saved.id });
    res.redirect(303, linked(dto));
  }
}
