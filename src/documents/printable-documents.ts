import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error';
import type { Tx } from '../database/transaction-runner';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { DocumentRenderer } from '../rendering/document-renderer';
import type { RenderableDocument } from '../rendering/document.model';
import { DOCUMENT_KINDS, DocumentKind, DocumentRef } from './document-kind';

/** The one way from a document of any kind to its printable model and to PDF bytes. */
@Injectable()
export class PrintableDocuments {
  private readonly kinds = new Map<RegisteredDocumentType, DocumentKind>();

  constructor(
    @Inject(DOCUMENT_KINDS) kinds: DocumentKind[],
    private readonly renderer: DocumentRenderer,
  ) {
    for (const kind of kinds) for (const type of kind.types) this.kinds.set(type, kind);
  }

  model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableDocument> {
    const kind = this.kinds.get(ref.documentType);
    if (!kind) throw notFound();
    return kind.model(orgId, ref, tx);
  }

  /** Throws EMBLEM_PLACEHOLDER (503) where sealing with the placeholder emblem is refused. */
  assertSealable(): void {
    this.renderer.assertSealable();
  }

  pdf(doc: RenderableDocument): Promise<Buffer> {
    return this.renderer.renderPdf(doc);
  }
}
