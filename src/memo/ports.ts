// What the memo module needs from neighbours, as interfaces, so module imports stay one-way.

export interface OitLinkSummary {
  code: string;
  fiscalYear: number;
  status: 'proposed' | 'confirmed' | 'rejected';
  score: number;
}

/** Provided by the OIT module: evidence links proposed or confirmed for a document. */
export interface OitLinksReader {
  linksForDocument(
    orgId: number,
    documentType: 'memo' | 'announcement' | 'order' | 'letter',
    documentId: number,
  ): Promise<OitLinkSummary[]>;
}

export const OIT_LINKS = Symbol('OIT_LINKS');
