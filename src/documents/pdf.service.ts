import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import { fromThaiDigits } from '../common/thai/thai-format';
import { MemoRepository } from '../memo/memo.repository';
import { MemoService } from '../memo/memo.service';
import { SealingService } from '../sealing/sealing.service';
import type { DocumentRef } from './document-kind';
import { DocumentSealer } from './document-sealer';
import { PrintableDocuments } from './printable-documents';

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
    private readonly documents: PrintableDocuments,
  ) {}

  async memoPdf(actor: Actor, id: number): Promise<PdfFile> {
    await this.memos.load(actor, id);
    return this.file(actor.orgId, { documentType: 'memo', documentId: id }, `memo-${id}`);
  }

  async issuancePdf(actor: Actor, memoId: number): Promise<PdfFile> {
    await this.memos.load(actor, memoId);
    const issuance = await this.repo.issuance(actor.orgId, memoId);
    if (!issuance) throw notFound();
    const ref: DocumentRef = { documentType: issuance.kind, documentId: issuance.id };
    return this.file(actor.orgId, ref, `${issuance.kind}-${memoId}`);
  }

  private async file(orgId: number, ref: DocumentRef, draftName: string): Promise<PdfFile> {
    const seal = await this.sealing.find(orgId, ref.documentType, ref.documentId);
    if (!seal) {
      const bytes = await this.documents.pdf(orgId, await this.documents.model(orgId, ref));
      return { bytes, fileName: `draft-${draftName}.pdf`, sealed: false };
    }
    const bytes = await this.sealer.sealedBytes(seal);
    const label = fromThaiDigits(seal.numberText || seal.verifyCode).replace(/[^\w.-]+/g, '-');
    return { bytes, fileName: `${ref.documentType}-${label}.pdf`, sealed: true };
  }
}
