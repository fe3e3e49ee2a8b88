import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators';
import { DomainError } from '../common/errors/domain-error';
import { formatThaiDate } from '../common/thai/thai-format';
import { OrgRepository } from '../org/org.repository';
import { SealedDocument } from './sealed-document.entity';
import { SealingService } from './sealing.service';
import { renderVerifyPage } from './verify-page';

/** Public: anyone holding a printed or forwarded copy can check it against the original. */
@ApiTags('verify')
@Controller()
export class VerifyController {
  constructor(
    private readonly sealing: SealingService,
    private readonly org: OrgRepository,
  ) {}

  @Public()
  @Get('api/verify/:code')
  async json(@Param('code') code: string) {
    const seal = await this.sealing.byCode(code);
    return this.describe(seal);
  }

  @Public()
  @Get('verify/:code')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Param('code') code: string): Promise<string> {
    const seal = await this.sealing.byCode(code);
    const d = await this.describe(seal);
    return renderVerifyPage({
      code: d.verifyCode,
      office: d.office,
      number: d.number,
      subject: d.subject,
      date: formatThaiDate(seal.signedAt),
      signer: d.signer,
      position: d.signerPosition,
      sha256: d.sha256 ?? '—',
      sealed: d.sha256 !== null,
    });
  }

  @Public()
  @Get('verify/:code/pdf')
  async pdf(@Param('code') code: string): Promise<StreamableFile> {
    const seal = await this.sealing.byCode(code);
    if (!seal.sha256) throw new DomainError('PDF_NOT_READY');
    const bytes = await this.sealing.bytes(seal);
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      disposition: `inline; filename="${seal.verifyCode}.pdf"`,
      length: bytes.length,
    });
  }

  private async describe(seal: SealedDocument) {
    const office = await this.org.findOrganization(seal.orgId);
    return {
      verifyCode: seal.verifyCode,
      office: office?.name ?? '',
      documentType: seal.documentType,
      number: seal.numberText,
      subject: seal.subject,
      signedAt: seal.signedAt,
      signer: seal.signerName,
      signerPosition: seal.signerPosition,
      sha256: seal.sha256,
      pdfUrl: seal.sha256 ? this.sealing.publicPdfUrl(seal.verifyCode) : null,
    };
  }
}
