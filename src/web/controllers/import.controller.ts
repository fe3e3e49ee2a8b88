import { Body, Get, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Can, CurrentActor } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { GroupImportService } from '../../onboarding/group-import.service';
import type { ImportResult } from '../../onboarding/import-result';
import { RecipientImportService } from '../../onboarding/recipient-import.service';
import { UserImportService } from '../../onboarding/user-import.service';
import type { UploadedFile as Upload } from '../../storage/upload';
import { ImportFormDto } from '../dto/platform.dto';
import { IMPORT_COLUMNS, ImportOutcome, importOutcome } from '../models/import.model';
import { importView } from '../views/pages/import.view';
import { WebController } from '../web-controller';
import { WebPages } from '../web-pages';

/** Why a file could not be read, in Thai, from the error the import raised. */
function fileProblems(error: DomainError): string[] {
  const details = (error.details ?? {}) as { problem?: string; unknownColumns?: string[] };
  const unknown = details.unknownColumns?.length
    ? [`หัวคอลัมน์ที่ไม่รู้จัก: ${details.unknownColumns.join(', ')}`]
    : [];
  return [details.problem ?? ERROR_CATALOG[error.code].th, ...unknown];
}

/** An office admin's CSV imports of groups and people: check, then import, all or nothing. */
@WebController('admin/import')
export class ImportPagesController {
  constructor(
    private readonly groups: GroupImportService,
    private readonly users: UserImportService,
    private readonly recipients: RecipientImportService,
    private readonly pages: WebPages,
  ) {}

  @Can('administer')
  @Get()
  async show(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.page(req, res, 200, []);
  }

  /** Multipart: the CSRF token comes in the action's query string (see CsrfService). */
  @Can('administer')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async run(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Body() form: ImportFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const upload =
      form.mode === 'import' && form.content
        ? { originalname: 'import.csv', buffer: Buffer.from(form.content, 'base64url'), size: 0 }
        : file;
    let result: ImportResult;
    try {
      const service = { groups: this.groups, users: this.users, recipients: this.recipients }[
        form.kind
      ];
      result = await service.run(actor, upload, form.mode === 'check');
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 400) throw error;
      return this.page(req, res, 400, fileProblems(error));
    }
    const content = upload?.buffer.toString('base64url');
    const outcome = importOutcome(form.kind, result, content);
    await this.page(req, res, result.ok || result.dryRun ? 200 : 422, [], outcome);
  }

  private async page(
    req: Request,
    res: Response,
    status: number,
    errors: string[],
    outcome?: ImportOutcome,
  ): Promise<void> {
    const columns = [
      { kind: 'groups', label: 'กลุ่ม', names: IMPORT_COLUMNS.groups },
      { kind: 'users', label: 'บุคลากร', names: IMPORT_COLUMNS.users },
      { kind: 'recipients', label: 'โรงเรียนและหน่วยงาน', names: IMPORT_COLUMNS.recipients },
    ];
    await this.pages.render(
      req,
      res,
      importView,
      'นำเข้าข้อมูล',
      { columns, errors, outcome },
      {
        status,
      },
    );
  }
}
