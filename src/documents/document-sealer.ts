import { Injectable, OnModuleInit } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { MEMO_APPROVED, MemoEventPayload } from '../memo/memo.events';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import type { SealedDocument } from '../sealing/sealed-document.entity';
import { SealingService } from '../sealing/sealing.service';
import type { DocumentRef } from './document-kind';
import { encodeSnapshot, readSnapshot } from './document-snapshot';
import { PrintableDocuments } from './printable-documents';

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
    private readonly documents: PrintableDocuments,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  /** In the approval's transaction, once its numbers, steps and seals are written. */
  async freeze(tx: Tx, orgId: number, documents: readonly DocumentRef[]): Promise<void> {
    // Refused before anything is sealed: the approval's transaction rolls back whole.
    const emblem = await this.documents.sealingEmblem(orgId, tx);
    for (const d of documents) {
      const seal = await this.sealing.find(orgId, d.documentType, d.documentId, tx);
      if (!seal) throw notFound();
      const doc = await this.documents.model(orgId, d, tx);
      await this.sealing.freeze(tx, seal, encodeSnapshot(doc, emblem));
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

  /**
   * From the snapshot, with the emblem frozen in it; seals made before snapshots existed are
   * built from today's data and print today's emblem.
   */
  private async render(seal: SealedDocument): Promise<Buffer> {
    const snapshot = await this.sealing.snapshot(seal);
    if (!snapshot) {
      return this.documents.pdf(seal.orgId, await this.documents.model(seal.orgId, seal));
    }
    const { doc, emblemSha256 } = readSnapshot(snapshot);
    return this.documents.frozenPdf(doc, emblemSha256);
  }
}
