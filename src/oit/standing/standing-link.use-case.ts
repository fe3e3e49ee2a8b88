import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { OrgRepository } from '../../org/org.repository';
import { LinkService } from '../links/link.service';
import { OitRepository } from '../oit.repository';
import { standingPath } from './standing.service';
import type { StandingCode } from './standing-view';

const TITLES: Record<StandingCode, string> = {
  O1: 'โครงสร้างหน่วยงาน',
  O2: 'ข้อมูลผู้บริหาร',
};

/**
 * Links the office's generated O1 or O2 page of a year as that item's evidence, confirmed. The
 * page's address is registered once as web evidence and reused, so linking again changes nothing.
 */
@Injectable()
export class StandingLinkUseCase {
  constructor(
    private readonly orgs: OrgRepository,
    private readonly repo: OitRepository,
    private readonly links: LinkService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, fiscalYear: number, code: StandingCode) {
    const org = await this.orgs.findOrganization(actor.orgId);
    if (!org) throw notFound();
    const url = `${this.config.publicBaseUrl}${standingPath(org.code, fiscalYear, code)}`;
    const evidence = await this.tx.run(async (tx) => {
      const existing = await this.repo.findWebEvidence(actor.orgId, url, tx);
      if (existing) return existing;
      const now = this.clock.now();
      return this.repo.saveEvidence(tx, {
        orgId: actor.orgId,
        kind: 'web',
        documentId: null,
        title: `${TITLES[code]} ${org.name} (จัดทำจากข้อมูลหน่วยงานในระบบ)`,
        body: '',
        number: '',
        documentDate: now,
        url,
        createdByUserId: actor.userId,
        createdAt: now,
      });
    });
    return this.links.linkManually(actor, fiscalYear, { code, evidenceId: evidence.id });
  }
}
