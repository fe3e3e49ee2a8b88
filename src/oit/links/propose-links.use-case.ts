import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { fiscalYear } from '../../common/thai/thai-format';
import { AppConfig } from '../../config/app-config';
import type { Tx } from '../../database/transaction-runner';
import type { Commit } from '../../outbox/outbox.types';
import type { ApprovedDocument, MemoApprovedEvent } from '../../memo/memo.events';
import { OitRepository } from '../oit.repository';
import { SuggestionService } from '../suggest/suggestion.service';
import type { Ranked } from '../suggest/suggester';
import { SECRET_DOCUMENT_TITLE } from '../../memo/memo-access';

/** A `text` column holds 64 KB; Thai takes three bytes a character in utf8mb4. */
const MAX_BODY_CHARS = 20_000;

/**
 * On approval: keeps each document as evidence and proposes it for the items it most likely
 * evidences in the fiscal year of its date; at or above OIT_AUTO_CONFIRM_SCORE it confirms.
 */
@Injectable()
export class ProposeLinksUseCase {
  private readonly logger = new Logger(ProposeLinksUseCase.name);

  constructor(
    private readonly repo: OitRepository,
    private readonly suggestions: SuggestionService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Ranks outside any transaction, then records everything in the caller's `commit`. */
  async execute(event: MemoApprovedEvent, commit: Commit): Promise<void> {
    const ranked: Ranked[][] = [];
    for (const doc of event.documents) {
      // Secret documents are never proposed, and keep nothing the suggester or the public reads.
      ranked.push(doc.secrecy === 'normal' ? await this.suggestFor(event.orgId, doc) : []);
    }
    await commit(async (tx) => {
      for (const [i, doc] of event.documents.entries())
        await this.recordDocument(tx, event.orgId, event.actorUserId, doc, ranked[i]);
    });
  }

  private async recordDocument(
    tx: Tx,
    orgId: number,
    actorUserId: number,
    doc: ApprovedDocument,
    suggestions: Ranked[],
  ): Promise<void> {
    const fy = fiscalYear(doc.date);
    const autoConfirmAt = this.config.get('OIT_AUTO_CONFIRM_SCORE');
    const now = this.clock.now();
    const existing = await this.repo.findDocumentEvidence(
      orgId,
      doc.documentType,
      doc.documentId,
      tx,
    );
    const evidence = await this.repo.saveEvidence(tx, {
      ...(existing ?? { createdByUserId: actorUserId, createdAt: now }),
      orgId,
      kind: doc.documentType,
      documentId: doc.documentId,
      number: doc.number.slice(0, 100),
      documentDate: doc.date,
      ...(doc.secrecy === 'normal' ? publicEvidence(doc) : secretEvidence(doc)),
    });
    const linked = new Set(
      (await this.repo.linksOfEvidence(orgId, evidence.id, tx))
        .filter((l) => l.fiscalYear === fy)
        .map((l) => l.itemCode),
    );
    for (const s of suggestions.filter((x) => !linked.has(x.code))) {
      const auto = s.score >= autoConfirmAt;
      await this.repo.saveLink(tx, {
        orgId,
        fiscalYear: fy,
        itemCode: s.code,
        evidenceId: evidence.id,
        status: auto ? 'confirmed' : 'proposed',
        score: s.score,
        source: 'suggested',
        decidedByUserId: null,
        decidedAt: auto ? now : null,
        note: auto ? 'ยืนยันอัตโนมัติ (auto-confirmed)' : '',
        createdAt: now,
      });
    }
  }

  /** A year with no catalog at all still keeps the document; it just gets no proposals. */
  private async suggestFor(orgId: number, doc: ApprovedDocument): Promise<Ranked[]> {
    const fy = fiscalYear(doc.date);
    try {
      const input = {
        fiscalYear: fy,
        subject: doc.subject,
        text: doc.text,
        kind: doc.documentType,
      };
      return (await this.suggestions.suggest(orgId, input)).suggestions;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'OIT_CATALOG_NOT_FOUND') {
        this.logger.warn({ orgId, fiscalYear: fy }, 'No OIT catalog for the year; no proposals');
        return [];
      }
      throw error;
    }
  }
}

const publicEvidence = (doc: ApprovedDocument) => ({
  secrecy: doc.secrecy,
  title: doc.subject.slice(0, 1000),
  body: doc.text.slice(0, MAX_BODY_CHARS),
  sha256: doc.sha256 || null,
  verifyCode: doc.verifyCode || null,
  url: doc.publicPdfUrl || null,
});

/** Only that a secret document exists, with its number and date (set by the caller). */
const secretEvidence = (doc: ApprovedDocument) => ({
  secrecy: doc.secrecy,
  title: SECRET_DOCUMENT_TITLE,
  body: '',
  sha256: null,
  verifyCode: null,
  url: null,
});
