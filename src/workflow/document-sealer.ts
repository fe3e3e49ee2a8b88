import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { MEMO_APPROVED, MemoEventPayload } from '../memo/memo.events';
import { MemoRepository } from '../memo/memo.repository';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import type { RenderableDocument } from '../rendering/document.model';
import type { SealedDocument } from '../sealing/sealed-document.entity';
import { SealingService } from '../sealing/sealing.service';
import { DocumentBuilder } from './document-builder';
import { decodeSnapshot, encodeSnapshot } from './document-snapshot';
import { PDF_RENDERER, PdfRenderer } from './pdf-renderer.port';

export interface DocumentRef {
  documentType: RegisteredDocumentType;
  documentId: number;
}

/**
 * Sealed PDFs. The approval freezes what each document prints (a snapshot); the outbox's
 * `seal` consumer renders it after the commit, and again after a crash, so a late or repeated
 * render prints the names and positions of the approval, never today's.
 */
@Injectable()
export class DocumentSealer implements OutboxConsumer, OnModuleInit {
  readonly name = 'seal';
  readonly topics = [MEMO_APPROVED];
  readonly order = 10;

  constructor(
    private readonly sealing: SealingService,
    private readonly memos: MemoRepository,
    private readonly builder: DocumentBuilder,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    @Inject(PDF_RENDERER) private readonly renderer: PdfRenderer,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  /** In the approval's transaction, once its numbers, steps and seals are written. */
  async freeze(tx: Tx, orgId: number, documents: readonly DocumentRef[]): Promise<void> {
    for (const d of documents) {
      const seal = await this.sealing.find(orgId, d.documentType, d.documentId, tx);
      if (!seal) throw notFound();
      const doc = await this.renderable(orgId, d.documentType, d.documentId, tx);
      await this.sealing.freeze(tx, seal, encodeSnapshot(doc));
    }
  }

  /** The outbox consumer: renders every unsealed document of the approval, records them once. */
  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const documents = (m.payload as unknown as MemoEventPayload).documents ?? [];
    const rendered: Array<{ seal: SealedDocument; stored: { sha256: string; size: number } }> = [];
    for (const d of documents) {
      const seal = await this.sealing.find(m.orgId, d.documentType, d.documentId);
      if (!seal || seal.sha256) continue;
      rendered.push({ seal, stored: await this.sealing.keep(await this.render(seal)) });
    }
    await commit(async (tx) => {
      for (const r of rendered) await this.sealing.recordHash(tx, r.seal, r.stored);
    });
  }

  /** The sealed bytes; a download that comes before the outbox seals it renders the same. */
  async sealedBytes(seal: SealedDocument): Promise<Buffer> {
    if (seal.sha256) return this.sealing.bytes(seal);
    const pdf = await this.render(seal);
    const stored = await this.sealing.keep(pdf);
    if (await this.tx.run((tx) => this.sealing.recordHash(tx, seal, stored))) return pdf;
    const winner = await this.sealing.find(seal.orgId, seal.documentType, seal.documentId);
    return this.sealing.bytes(winner ?? seal);
  }

  async renderable(
    orgId: number,
    documentType: RegisteredDocumentType,
    documentId: number,
    tx?: Tx,
  ): Promise<RenderableDocument> {
    if (documentType === 'memo') {
      const memo = await this.memos.findMemo(orgId, documentId, tx);
      if (!memo) throw notFound();
      return this.builder.memo(memo, tx);
    }
    const issuance = await this.memos.findIssuanceById(orgId, documentId, tx);
    const memo = issuance && (await this.memos.findMemo(orgId, issuance.memoId, tx));
    if (!issuance || !memo) throw notFound();
    return this.builder.issuance(issuance, memo, tx);
  }

  preview(doc: RenderableDocument): Promise<Buffer> {
    return this.renderer.renderPdf(doc);
  }

  /** From the snapshot; seals made before snapshots existed are built from today's data. */
  private async render(seal: SealedDocument): Promise<Buffer> {
    const snapshot = await this.sealing.snapshot(seal);
    const doc = snapshot
      ? decodeSnapshot(snapshot)
      : await this.renderable(seal.orgId, seal.documentType, seal.documentId);
    return this.renderer.renderPdf(doc);
  }
}
