import { Injectable } from '@nestjs/common';
import type { DocumentEvidenceKind } from './entities/oit-evidence.entity';
import type { LinkStatus } from './entities/oit-link.entity';
import { OitRepository } from './oit.repository';

export interface DocumentOitLink {
  code: string;
  fiscalYear: number;
  status: LinkStatus;
  score: number;
}

/** For other modules (the memo view): the OIT links of one approved document. */
@Injectable()
export class OitLinkQuery {
  constructor(private readonly repo: OitRepository) {}

  async linksForDocument(
    orgId: number,
    documentType: DocumentEvidenceKind,
    documentId: number,
  ): Promise<DocumentOitLink[]> {
    const links = await this.repo.linksOfDocument(orgId, documentType, documentId);
    return links.map((l) => ({
      code: l.itemCode,
      fiscalYear: l.fiscalYear,
      status: l.status,
      score: l.score,
    }));
  }
}
