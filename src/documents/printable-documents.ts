import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error';
import type { Tx } from '../database/transaction-runner';
import { OfficeEmblemService } from '../org/office-emblem.service';
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
    private readonly emblems: OfficeEmblemService,
  ) {
    for (const kind of kinds) for (const type of kind.types) this.kinds.set(type, kind);
  }

  model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableDocument> {
    const kind = this.kinds.get(ref.documentType);
    if (!kind) throw notFound();
    return kind.model(orgId, ref, tx);
  }

  /**
   * The emblem an approval seals the office's documents with (its blob, or null for the
   * server's default), to freeze with them. Throws EMBLEM_PLACEHOLDER (503) where sealing with
   * the placeholder is refused.
   */
  sealingEmblem(orgId: number, tx: Tx): Promise<string | null> {
    return this.emblems.forSealing(orgId, tx);
  }

  /** The document with its office's emblem as it is now (previews, drafts). */
  async pdf(orgId: number, doc: RenderableDocument): Promise<Buffer> {
    return this.renderer.renderPdf(doc, await this.emblems.forOffice(orgId));
  }

  /** The document with the emblem it was frozen with (null: the server's default). */
  async frozenPdf(doc: RenderableDocument, emblemSha256: string | null): Promise<Buffer> {
    const emblem = emblemSha256 === null ? null : await this.emblems.bySha(emblemSha256);
    return this.renderer.renderPdf(doc, emblem);
  }
}
