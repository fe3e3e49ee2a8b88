import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ParseFiscalYearPipe } from './dto/fiscal-year';
import {
  DecisionDto,
  FileEvidenceDto,
  ListLinksQuery,
  ManualLinkDto,
  WebEvidenceDto,
} from './dto/link.dto';
import type { UploadedFile as Upload } from '../storage/upload';
import { EvidenceService } from './evidence/evidence.service';
import { LinkService } from './links/link.service';

@ApiTags('oit')
@ApiBearerAuth()
@Controller('api/oit')
export class OitLinksController {
  constructor(
    private readonly links: LinkService,
    private readonly evidence: EvidenceService,
  ) {}

  @Can('viewOitDashboard')
  @Get(':fiscalYear/links')
  list(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Query() query: ListLinksQuery,
  ) {
    return this.links.list(actor, fiscalYear, query);
  }

  @Can('decideOitLinks')
  @Post(':fiscalYear/links')
  link(
    @CurrentActor() actor: Actor,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Body() dto: ManualLinkDto,
  ) {
    return this.links.linkManually(actor, fiscalYear, dto);
  }

  @Can('decideOitLinks')
  @HttpCode(200)
  @Post('links/:id/confirm')
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecisionDto,
  ) {
    return this.links.decide(actor, id, 'confirmed', dto.note);
  }

  @Can('decideOitLinks')
  @HttpCode(200)
  @Post('links/:id/reject')
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecisionDto,
  ) {
    return this.links.decide(actor, id, 'rejected', dto.note);
  }

  @Can('decideOitLinks')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
  @Post('evidence/files')
  uploadFile(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Upload | undefined,
    @Body() dto: FileEvidenceDto,
  ) {
    return this.evidence.registerFile(actor, file, dto);
  }

  @Can('decideOitLinks')
  @Post('evidence/web')
  registerWeb(@CurrentActor() actor: Actor, @Body() dto: WebEvidenceDto) {
    return this.evidence.registerWeb(actor, dto);
  }

  @Can('viewOitDashboard')
  @Get('evidence/:id')
  showEvidence(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.evidence.show(actor, id);
  }
}
