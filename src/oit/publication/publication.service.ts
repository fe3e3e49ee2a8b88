import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { OrgRepository } from '../../org/org.repository';
import { BlobStore } from '../../storage/blob-store';
import { contentDisposition, detectFileType, storedFileName } from '../../storage/file-types';
import { ChecklistUseCase } from '../checklist/checklist.use-case';
import { bangkokIsoDay } from '../../common/thai/bangkok-time';
import { OitRepository } from '../oit.repository';
import { StandingService } from '../standing/standing.service';
import { attachmentLookup, attachmentPath, findAttachment } from './public-attachments';
import { ORG_CODE, PublicView } from './public-view';

/** The public OIT page's data, and the frozen snapshot made when the office submits. */
@Injectable()
export class PublicationService {
  constructor(
    private readonly checklist: ChecklistUseCase,
    private readonly repo: OitRepository,
    private readonly orgs: OrgRepository,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly standing: StandingService,
  ) {}

  /** The page of an office and year: the snapshot once submitted, else the live evidence. */
  async publicView(orgCode: string, fiscalYear: number): Promise<PublicView> {
    const org = ORG_CODE.test(orgCode)
      ? await this.orgs.findOrganizationByCodeAcrossOffices(orgCode)
      : null;
    if (!org) throw notFound();
    const year = await this.repo.findOfficeYear(org.id, fiscalYear);
    if (year?.snapshotSha256) {
      const bytes = await this.blobs.get(year.snapshotSha256);
      return JSON.parse(bytes.toString('utf8')) as PublicView;
    }
    return this.liveView(org.id, fiscalYear);
  }

  /**
   * A memo attachment of the office's page for the year, only while that page lists it: live,
   * its memo is confirmed for an item and not secret; once submitted, the snapshot lists it.
   * Anything else (another office's hash, an unlinked or proposed memo) is 404.
   */
  async publishedAttachment(orgCode: string, fiscalYear: number, sha256: string) {
    const listed = findAttachment(await this.publicView(orgCode, fiscalYear), sha256);
    if (!listed) throw notFound();
    const bytes = await this.blobs.get(listed.sha256);
    const type = detectFileType(bytes, listed.fileName);
    if (!type) throw notFound();
    return {
      bytes,
      contentType: type.contentType,
      disposition: contentDisposition(type.inline, storedFileName(listed.fileName, type)),
    };
  }

  /** Freezes what the assessor will see; a second submission of the year is refused. */
  async submit(actor: Actor, fiscalYear: number) {
    const submittedAt = this.clock.now();
    const view: PublicView = {
      ...(await this.liveView(actor.orgId, fiscalYear)),
      submittedAt: submittedAt.toISOString(),
      // O1 and O2 are generated from the organisation: the snapshot freezes them as well.
      standing: await this.standing.live(actor.orgId, submittedAt),
    };
    const stored = await this.blobs.put(Buffer.from(JSON.stringify(view), 'utf8'));
    await this.tx.run(async (tx) => {
      const year = await this.repo.lockOfficeYear(tx, actor.orgId, fiscalYear);
      if (year.submittedAt) throw new DomainError('OIT_ALREADY_SUBMITTED');
      await this.repo.saveOfficeYear(tx, {
        ...year,
        submittedAt,
        submittedByUserId: actor.userId,
        snapshotSha256: stored.sha256,
        updatedAt: submittedAt,
      });
    });
    return {
      fiscalYear,
      submittedAt,
      snapshotSha256: stored.sha256,
      items: view.items.length,
      withEvidence: view.items.filter((i) => i.evidence.length > 0).length,
      publicUrl: `${this.config.publicBaseUrl}/oit/${view.org.code}/${fiscalYear}`,
    };
  }

  private async liveView(orgId: number, fiscalYear: number): Promise<PublicView> {
    const [org, checklist, attachmentRows] = await Promise.all([
      this.orgs.findOrganization(orgId),
      this.checklist.build(orgId, fiscalYear),
      this.repo.publishedMemoAttachments(orgId, fiscalYear),
    ]);
    if (!org) throw notFound();
    const attachmentsOf = attachmentLookup(
      attachmentRows,
      (sha256) => `${this.config.publicBaseUrl}${attachmentPath(org.code, fiscalYear, sha256)}`,
    );
    return {
      org: { code: org.code, name: org.name },
      fiscalYear,
      catalogYear: checklist.catalogYear,
      submittedAt: null,
      items: checklist.items.map((item) => ({
        code: item.code,
        name: item.name,
        subindicator: item.subindicator,
        subindicatorName: item.subindicatorName,
        status: item.status,
        // Only what the coordinator confirmed is published; proposals are internal.
        evidence: item.evidence
          .filter((e) => e.status === 'confirmed')
          .map((e) => ({
            kind: e.kind,
            title: e.title,
            number: e.number,
            date: bangkokIsoDay(e.date),
            url: e.url,
            sha256: e.sha256,
            attachments: attachmentsOf(e),
          })),
      })),
    };
  }
}
