import { Inject, Injectable, Logger } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error';
import { MemoRepository } from '../memo/memo.repository';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import type { RenderableDocument } from '../rendering/document.model';
import type { SealedDocument } from '../sealing/sealed-document.entity';
import { SealingService } from '../sealing/sealing.service';
import { DocumentBuilder } from './document-builder';
import { PDF_RENDERER, PdfRenderer } from './pdf-renderer.port';

/**
 * Renders a sealed document once and stores it. Runs after the approval commits, so a slow or
 * crashed renderer never holds locks or undoes an approval; an unsealed document is sealed on
 * its next download instead.
 */
@Injectable()
export class DocumentSealer {
  private readonly logger = new Logger(DocumentSealer.name);

  constructor(
    private readonly sealing: SealingService,
    private readonly memos: MemoRepository,
    private readonly builder: DocumentBuilder,
    @Inject(PDF_RENDERER) private readonly renderer: PdfRenderer,
  ) {}

  /** Seals what it can; failures are logged and left for the next download to retry. */
  async trySeal(
    orgId: number,
    documents: Array<{ documentType: RegisteredDocumentType; documentId: number }>,
  ) {
    const hashes = new Map<string, string>();
    for (const d of documents) {
      try {
        const seal = await this.sealing.find(orgId, d.documentType, d.documentId);
        if (!seal) continue;
        await this.sealedBytes(seal);
        const after = await this.sealing.find(orgId, d.documentType, d.documentId);
        if (after?.sha256) hashes.set(`${d.documentType}:${d.documentId}`, after.sha256);
      } catch (error) {
        this.logger.warn({ err: error, ...d }, 'Sealing deferred; it will be retried on download');
      }
    }
    return hashes;
  }

  /** The sealed PDF bytes, rendering and storing them first if that has not happened yet. */
  async sealedBytes(seal: SealedDocument): Promise<Buffer> {
    if (seal.sha256) return this.sealing.bytes(seal);
    const pdf = await this.renderer.renderPdf(
      await this.renderable(seal.orgId, seal.documentType, seal.documentId),
    );
    return this.sealing.store(seal, pdf);
  }

  async renderable(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
  ): Promise<RenderableDocument> {
    if (documentType === 'memo') {
      const memo = await this.memos.findMemo(orgId, documentId);
      if (!memo) throw notFound();
      return this.builder.memo(memo);
    }
    const issuance = await this.memos.findIssuanceById(orgId, documentId);
    const memo = issuance && (await this.memos.findMemo(orgId, issuance.memoId));
    if (!issuance || !memo) throw notFound();
    return this.builder.issuance(issuance, memo);
  }

  preview(doc: RenderableDocument): Promise<Buffer> {
    return this.renderer.renderPdf(doc);
  }
}
