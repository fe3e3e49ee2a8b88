import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { CatalogService } from '../catalog/catalog.service';
import type { ListLinksQuery, ManualLinkDto } from '../dto/link.dto';
import type { OitEvidence } from '../entities/oit-evidence.entity';
import type { LinkStatus } from '../entities/oit-link.entity';
import { OitRepository } from '../oit.repository';
import { toLinkView } from '../oit.views';
import type { Tx } from '../../database/transaction-runner';

/** The coordinator's decisions on links: confirm, reject, link by hand. */
@Injectable()
export class LinkService {
  constructor(
    private readonly repo: OitRepository,
    private readonly catalogs: CatalogService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, fiscalYear: number, query: ListLinksQuery) {
    const links = await this.repo.linksOfYear(
      actor.orgId,
      fiscalYear,
      query.status ? [query.status] : undefined,
    );
    return {
      links: links
        .filter((l) => !query.code || l.itemCode === query.code)
        .map((l) => toLinkView(l, this.config.publicBaseUrl)),
    };
  }

  async linkManually(actor: Actor, fiscalYear: number, dto: ManualLinkDto) {
    if (dto.evidenceId !== undefined && (dto.documentType ?? dto.documentId) !== undefined) {
      throw new DomainError('VALIDATION_FAILED', [
        'give either evidenceId or documentType with documentId, not both',
      ]);
    }
    const catalog = await this.catalogs.resolve(actor.orgId, fiscalYear);
    if (!catalog.items.some((i) => i.code === dto.code)) {
      throw new DomainError('OIT_UNKNOWN_ITEM', {
        code: dto.code,
        catalogYear: catalog.catalogYear,
      });
    }
    const id = await this.tx.run(async (tx) => {
      const evidence = await this.evidenceFor(actor, dto, tx);
      if (evidence.secrecy !== 'normal' && dto.allowSecret !== true) {
        throw new DomainError('OIT_SECRET_DOCUMENT');
      }
      const existing = (await this.repo.linksOfEvidence(actor.orgId, evidence.id, tx)).find(
        (l) => l.fiscalYear === fiscalYear && l.itemCode === dto.code,
      );
      const now = this.clock.now();
      const saved = await this.repo.saveLink(tx, {
        ...(existing ?? { score: 1, source: 'manual' as const, createdAt: now }),
        orgId: actor.orgId,
        fiscalYear,
        itemCode: dto.code,
        evidenceId: evidence.id,
        status: 'confirmed',
        decidedByUserId: actor.userId,
        decidedAt: now,
      });
      return saved.id;
    });
    return this.show(actor, id);
  }

  async decide(
    actor: Actor,
    linkId: number,
    status: Exclude<LinkStatus, 'proposed'>,
    note?: string,
  ) {
    await this.tx.run(async (tx) => {
      const link = await this.repo.findLink(actor.orgId, linkId, tx);
      if (!link) throw notFound();
      // Only the coordinator's own override (a manual link) may publish a secret document.
      const secret = link.evidence !== undefined && link.evidence.secrecy !== 'normal';
      if (status === 'confirmed' && secret && link.source !== 'manual')
        throw new DomainError('OIT_SECRET_DOCUMENT');
      const { evidence: _evidence, decidedBy: _decidedBy, ...row } = link;
      await this.repo.saveLink(tx, {
        ...row,
        status,
        decidedByUserId: actor.userId,
        decidedAt: this.clock.now(),
        note: note ?? row.note,
      });
    });
    return this.show(actor, linkId);
  }

  private async show(actor: Actor, linkId: number) {
    const link = await this.repo.findLink(actor.orgId, linkId);
    if (!link) throw notFound();
    return toLinkView(link, this.config.publicBaseUrl);
  }

  private async evidenceFor(actor: Actor, dto: ManualLinkDto, tx: Tx): Promise<OitEvidence> {
    const evidence =
      dto.evidenceId !== undefined
        ? await this.repo.findEvidence(actor.orgId, dto.evidenceId, tx)
        : await this.repo.findDocumentEvidence(actor.orgId, dto.documentType!, dto.documentId!, tx);
    if (!evidence) throw notFound();
    return evidence;
  }
}
