import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { SignedIn, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { contentDisposition } from '../storage/file-types';
import { PdfFile, PdfService } from './pdf.service';

/** A memo's printed documents: sealed once approved, a ร่าง preview before. */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/memos/:id')
export class DocumentsController {
  constructor(private readonly pdfs: PdfService) {}

  @SignedIn()
  @Get('pdf')
  @ApiOperation({ summary: 'The sealed PDF once approved; a ร่าง preview before' })
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<StreamableFile> {
    return this.asFile(await this.pdfs.memoPdf(actor, id));
  }

  @SignedIn()
  @Get('issuance/pdf')
  @ApiOperation({
    summary: 'The attached announcement or order: sealed once issued, a preview before',
  })
  async issuancePdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<StreamableFile> {
    return this.asFile(await this.pdfs.issuancePdf(actor, id));
  }

  private asFile(pdf: PdfFile): StreamableFile {
    return new StreamableFile(pdf.bytes, {
      type: 'application/pdf',
      disposition: contentDisposition(true, pdf.fileName),
      length: pdf.bytes.length,
    });
  }
}
