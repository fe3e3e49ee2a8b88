import type { Tx } from '../database/transaction-runner';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import type { RenderableDocument } from '../rendering/document.model';

/** A registered document of any kind, by type and id. */
export interface DocumentRef {
  documentType: RegisteredDocumentType;
  documentId: number;
}

/**
 * One kind of official document: how a stored one becomes the plain data its template prints.
 * A new kind is one of these, registered in DocumentsModule, and one template.
 */
export interface DocumentKind {
  readonly types: readonly RegisteredDocumentType[];
  /** `tx`: inside the approval, to see its own uncommitted steps and seal. */
  model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableDocument>;
}

export const DOCUMENT_KINDS = Symbol('DOCUMENT_KINDS');
