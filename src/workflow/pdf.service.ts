import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import { fromThaiDigits } from '../common/thai/thai-format';
import { MemoRepository } from '../memo/memo.repository';
import { MemoService } from '../memo/memo.service';
import { SealingService } from '../sealing/sealing.service';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { DocumentBuilder } from './document-builder';
import { DocumentSealer } from './document-sealer';

export interface PdfFile {
  bytes: Buffer;
  fileName: string;
  sealed: boolean;
}

/** Downloads: the exact sealed bytes for approved documents, a watermarked preview otherwise. */
@Injectable()
export class PdfService {
  constructor(
    private readonly memos: MemoService,
    private readonly repo: MemoRepository,
    private readonly sealing: SealingService,
    private readonly sealer: DocumentSealer,
    private readonly builder: DocumentBuilder,
  ) {}

  async memoPdf(actor: Actor, id: number): Promise<PdfFile> {
    const { memo } = await this.memos.load(actor, id);
    const sealed = await this.sealedFile(actor.orgId, 'memo', id, memo.docNumber);
    if (sealed) return sealed;
    const bytes = await this.sealer.preview(await this.builder.memo(memo));
    return { bytes, fileName: `draft-memo-${id}.pdf`, sealed: false };
  }

  async issuancePdf(actor: Actor, memoId: number): Promise<PdfFile> {
    const { memo } = await this.memos.load(actor, memoId);
    const issuance = await this.repo.issuance(actor.orgId, memoId);
    if (!issuance) throw notFound();
    const sealed = await this.sealedFile(actor.orgId, issuance.kind, issuance.id, issuance.number);
    if (sealed) return sealed;
    const bytes = await this.sealer.preview(await this.builder.issuance(issuance, memo));
    return { bytes, fileName: `draft-${issuance.kind}-${memoId}.pdf`, sealed: false };
  }

  private async sealedFile(
    orgId: number,
    type: RegisteredDocumentType,
    id: number,
    number: string | null,
  ): Promise<PdfFile | null> {
    const seal = await this.sealing.find(orgId, type, id);
    if (!seal) return null;
    const bytes = await this.sealer.sealedBytes(seal);
    const label = fromThaiDigits(number ?? seal.verifyCode).replace(/[^\w.-]+/g, '-');
    return { bytes, fileName: `${type}-${label}.pdf`, sealed: true };
  }
}
