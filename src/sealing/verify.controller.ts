import {
  Controller,
  Get,
  Header,
  Param,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/auth/actor';
import { OptionalActor, Public } from '../common/auth/decorators';
import { OptionalJwtGuard } from '../common/auth/optional-jwt.guard';
import { DomainError, notFound } from '../common/errors/domain-error';
import { formatThaiDate } from '../common/thai/thai-format';
import { OrgRepository } from '../org/org.repository';
import { SealedDocument } from './sealed-document.entity';
import { SealingService } from './sealing.service';
import { renderVerifyLookup, renderVerifyPage } from './verify-page';

/**
 * Public: anyone holding a printed or forwarded copy can check it against the original. Of a
 * secret document it says only that it is genuine, with its number and date; its PDF goes only
 * to a signed-in reader who may read the memo.
 */
@ApiTags('verify')
@Controller()
export class VerifyController {
  constructor(
    private readonly sealing: SealingService,
    private readonly org: OrgRepository,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Get('api/verify/:code')
  async json(@Param('code') code: string) {
    const seal = await this.sealing.byCode(code);
    return this.describe(seal);
  }

  /** Where a citizen types the code printed under a document's QR code. */
  @Public()
  @Get('verify')
  @Header('Content-Type', 'text/html; charset=utf-8')
  lookup(@Query('code') code: unknown, @Res({ passthrough: true }) res: Response): string | void {
    const typed = typeof code === 'string' ? code.trim().slice(0, 64) : '';
    if (typed) return res.redirect(303, `/verify/${encodeURIComponent(typed)}`);
    return renderVerifyLookup('', false);
  }

  @Public()
  @Get('verify/:code')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const seal = await this.sealing.byCode(code).catch((error: unknown) => {
      if (error instanceof DomainError && error.status === 404) return null;
      throw error;
    });
    if (!seal) {
      // A citizen's mistyped code: say so and let them type it again (not the staff's 404).
      res.status(404);
      return renderVerifyLookup(code.slice(0, 64), true);
    }
    const d = await this.describe(seal);
    return renderVerifyPage({
      code: d.verifyCode,
      office: d.office,
      number: d.number,
      subject: d.subject ?? '',
      date: formatThaiDate(seal.signedAt),
      signer: d.signer ?? '—',
      position: d.signerPosition ?? '',
      sha256: d.sha256 ?? '—',
      sealed: d.pdfUrl !== null,
      secret: d.secret,
    });
  }

  @Public()
  @UseGuards(OptionalJwtGuard)
  @Get('verify/:code/pdf')
  async pdf(
    @Param('code') code: string,
    @OptionalActor() actor: Actor | undefined,
  ): Promise<StreamableFile> {
    const seal = await this.sealing.byCode(code);
    if (seal.secrecy !== 'normal') await this.requireReader(actor, seal);
    if (!seal.sha256) throw new DomainError('PDF_NOT_READY');
    const bytes = await this.sealing.bytes(seal);
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      disposition: `inline; filename="${seal.verifyCode}.pdf"`,
      length: bytes.length,
    });
  }

  private async requireReader(actor: Actor | undefined, seal: SealedDocument): Promise<void> {
    if (!actor) throw new DomainError('UNAUTHENTICATED');
    if (actor.orgId !== seal.orgId || !(await this.access.canReadDocument(actor, seal))) {
      throw notFound();
    }
  }

  private async describe(seal: SealedDocument) {
    const office = await this.org.findOrganization(seal.orgId);
    const common = {
      verifyCode: seal.verifyCode,
      office: office?.name ?? '',
      documentType: seal.documentType,
      number: seal.numberText,
      signedAt: seal.signedAt,
      genuine: true,
      secret: seal.secrecy !== 'normal',
    };
    if (common.secret) {
      return {
        ...common,
        subject: null,
        signer: null,
        signerPosition: null,
        sha256: null,
        pdfUrl: null,
      };
    }
    return {
      ...common,
      subject: seal.subject,
      signer: seal.signerName,
      signerPosition: seal.signerPosition,
      sha256: seal.sha256,
      pdfUrl: seal.sha256 ? this.sealing.publicPdfUrl(seal.verifyCode) : null,
    };
  }
}
