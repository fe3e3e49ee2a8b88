import { fullName } from '../org/user.entity';
import type { OitEvidence } from './entities/oit-evidence.entity';
import type { OitLink } from './entities/oit-link.entity';

/** Where the public reads a piece of evidence: the sealed PDF, the web page, or our file URL. */
export function publicUrlOf(evidence: OitEvidence, baseUrl: string): string | null {
  if (evidence.kind === 'file') {
    return evidence.sha256 ? `${baseUrl}/oit-files/${evidence.sha256}` : null;
  }
  return evidence.url;
}

export const toEvidenceView = (e: OitEvidence, baseUrl: string) => ({
  id: e.id,
  kind: e.kind,
  documentId: e.documentId,
  title: e.title,
  number: e.number,
  date: e.documentDate,
  url: publicUrlOf(e, baseUrl),
  sha256: e.sha256,
  fileName: e.fileName,
  contentType: e.contentType,
  size: e.size,
});

export const toLinkView = (l: OitLink, baseUrl: string) => ({
  id: l.id,
  code: l.itemCode,
  fiscalYear: l.fiscalYear,
  status: l.status,
  score: l.score,
  source: l.source,
  decidedByUserId: l.decidedByUserId,
  decidedBy: l.decidedBy ? fullName(l.decidedBy) : null,
  decidedAt: l.decidedAt,
  note: l.note,
  createdAt: l.createdAt,
  evidence: l.evidence ? toEvidenceView(l.evidence, baseUrl) : undefined,
});
