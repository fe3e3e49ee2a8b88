import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators';
import { ParseFiscalYearPipe } from './dto/fiscal-year';
import { EvidenceService } from './evidence/evidence.service';
import { renderPublicPage, STYLESHEET } from './publication/public-page';
import { toCsv, toExportJson } from './publication/public-view';
import { PublicationService } from './publication/publication.service';

/** What the assessor and the public read: no sign-in, nothing but published evidence. */
@ApiTags('oit public')
@Controller()
export class OitPublicController {
  constructor(
    private readonly publication: PublicationService,
    private readonly evidence: EvidenceService,
  ) {}

  @Public()
  @Get('oit-assets/oit.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return STYLESHEET;
  }

  /**
   * Evidence files while a public page shows them. The URL names the bytes, which never change,
   * but a file stops being public when its link is rejected: caches keep it an hour at most.
   */
  @Public()
  @Get('oit-files/:sha256')
  @Header('Cache-Control', 'public, max-age=3600')
  async file(@Param('sha256') sha256: string): Promise<StreamableFile> {
    const file = await this.evidence.publishedFile(sha256);
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.bytes.length,
    });
  }

  /** A published memo's attachment, under the office and year whose page lists it. */
  @Public()
  @Get('oit/:orgCode/:fiscalYear/attachments/:sha256')
  @Header('Cache-Control', 'public, max-age=3600')
  async attachment(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
    @Param('sha256') sha256: string,
  ): Promise<StreamableFile> {
    const file = await this.publication.publishedAttachment(orgCode, fiscalYear, sha256);
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.bytes.length,
    });
  }

  @Public()
  @Get('oit/:orgCode/:fiscalYear')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ): Promise<string> {
    const view = await this.publication.publicView(orgCode, fiscalYear);
    const base = `/oit/${encodeURIComponent(view.org.code)}/${fiscalYear}`;
    return renderPublicPage(view, { csv: `${base}/export.csv`, json: `${base}/export.json` });
  }

  @Public()
  @Get('oit/:orgCode/:fiscalYear/export.json')
  async exportJson(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ) {
    return toExportJson(await this.publication.publicView(orgCode, fiscalYear));
  }

  @Public()
  @Get('oit/:orgCode/:fiscalYear/export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(
    @Param('orgCode') orgCode: string,
    @Param('fiscalYear', ParseFiscalYearPipe) fiscalYear: number,
  ): Promise<StreamableFile> {
    const view = await this.publication.publicView(orgCode, fiscalYear);
    return new StreamableFile(Buffer.from(toCsv(view), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="oit-${view.org.code}-${fiscalYear}.csv"`,
    });
  }
}
