import type { RenderableDocument } from '../rendering/document.model';

/** The rendering module's renderer, seen from the workflow. */
export interface PdfRenderer {
  renderPdf(doc: RenderableDocument): Promise<Buffer>;
}

export const PDF_RENDERER = Symbol('PDF_RENDERER');
