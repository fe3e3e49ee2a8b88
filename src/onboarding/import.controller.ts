import {
  Controller,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import type { UploadedFile as Upload } from '../storage/upload';
import { ImportQueryDto } from './dto/import-query.dto';
import { GroupImportService } from './group-import.service';
import { ImportResult, refusedBody } from './import-result';
import { RecipientImportService } from './recipient-import.service';
import { UserImportService } from './user-import.service';

/** 200 with the per-row result; a refused real import is 422 with the same rows. */
const answer = (res: Response, result: ImportResult) => {
  if (result.ok || result.dryRun) return result;
  res.status(422);
  return refusedBody(result);
};

/**
 * Onboarding an office from CSV (multipart `file`, `?dryRun=true` to check only). All or
 * nothing: one bad row and nothing is written.
 */
@ApiTags('organisation')
@ApiBearerAuth()
@ApiConsumes('multipart/form-data')
@Controller('api')
export class ImportController {
  constructor(
    private readonly groups: GroupImportService,
    private readonly users: UserImportService,
    private readonly recipients: RecipientImportService,
  ) {}

  @Can('administer')
  @Post('groups/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  async importGroups(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.groups.run(actor, file, query.dryRun === 'true'));
  }

  @Can('administer')
  @Post('users/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  async importUsers(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.users.run(actor, file, query.dryRun === 'true'));
  }

  /** Schools and agencies (ชื่อ, อีเมล, ประเภท, รหัส), matched by e-mail. */
  @Can('manageRecipients')
  @Post('recipients/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  async importRecipients(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.recipients.run(actor, file, query.dryRun === 'true'));
  }
}
