// Memo attachments on the public page: for report items (O11, O19, O20, O23, O40, O41, O43) the
// attachment is the evidence, so each one gets a public URL under the office and year that show it.
import type { MemoAttachment } from '../../memo/memo-attachment.entity';
import type { PublicAttachment, PublicView } from './public-view';

const SHA256 = /^[0-9a-f]{64}$/;

/** The page-relative path; the URL in the view prefixes the public base URL. */
export const attachmentPath = (orgCode: string, fiscalYear: number, sha256: string): string =>
  `/oit/${encodeURIComponent(orgCode)}/${fiscalYear}/attachments/${sha256}`;

/**
 * For a piece of evidence, the published attachments of its memo in upload order; other kinds
 * (announcements, orders, files, web links) have none.
 */
export function attachmentLookup(
  rows: MemoAttachment[],
  urlOf: (sha256: string) => string,
): (evidence: { kind: string; documentId: number | null }) => PublicAttachment[] {
  const byMemo = new Map<number, PublicAttachment[]>();
  for (const row of rows) {
    const list = byMemo.get(row.memoId) ?? [];
    list.push({
      fileName: row.fileName,
      contentType: row.mimeType,
      size: row.size,
      sha256: row.sha256,
      url: urlOf(row.sha256),
    });
    byMemo.set(row.memoId, list);
  }
  return (e) => (e.kind === 'memo' && e.documentId !== null && byMemo.get(e.documentId)) || [];
}

/** The attachment the page lists under this hash, if any: what is not shown is not served. */
export function findAttachment(view: PublicView, sha256: string): PublicAttachment | null {
  if (!SHA256.test(sha256)) return null;
  for (const item of view.items) {
    for (const evidence of item.evidence) {
      const found = evidence.attachments?.find((a) => a.sha256 === sha256);
      if (found) return found;
    }
  }
  return null;
}
