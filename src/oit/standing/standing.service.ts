import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { OrgRepository } from '../../org/org.repository';
import type { Organization } from '../../org/organization.entity';
import { BlobStore } from '../../storage/blob-store';
import { CatalogService } from '../catalog/catalog.service';
import { OitRepository } from '../oit.repository';
import { ORG_CODE, PublicView } from '../publication/public-view';
import { buildStandingView, STANDING_CODES, STANDING_PAGES } from './standing-view';
import type { StandingCode, StandingView } from './standing-view';

/** Where the public reads an office's O1 or O2 page of a year. */
export const standingPath = (orgCode: string, fiscalYear: number, code: StandingCode): string =>
  `/oit/${encodeURIComponent(orgCode)}/${fiscalYear}/${STANDING_PAGES[code]}`;

/** `:code` of the standing routes: O1 or O2 (any case), else 400. */
export function parseStandingCode(value: string): StandingCode {
  const code = String(value ?? '').toUpperCase();
  if (!(STANDING_CODES as string[]).includes(code)) {
    throw new DomainError('VALIDATION_FAILED', [
      `code must be one of ${STANDING_CODES.join(', ')} (items generated from the office's data)`,
    ]);
  }
  return code as StandingCode;
}

/** The standing pages' data: read live from the organisation until the year is submitted. */
@Injectable()
export class StandingService {
  constructor(
    private readonly orgs: OrgRepository,
    private readonly repo: OitRepository,
    private readonly catalogs: CatalogService,
    private readonly blobs: BlobStore,
    private readonly clock: Clock,
  ) {}

  /** The frozen copy once the year is submitted, else the organisation as it is now. */
  async publicView(
    orgCode: string,
    fiscalYear: number,
  ): Promise<{ view: StandingView; frozen: boolean }> {
    const org = ORG_CODE.test(orgCode)
      ? await this.orgs.findOrganizationByCodeAcrossOffices(orgCode)
      : null;
    if (!org) throw notFound();
    // A year without a catalog has no public page, so none of its items has one either.
    await this.catalogs.resolve(org.id, fiscalYear);
    const year = await this.repo.findOfficeYear(org.id, fiscalYear);
    if (year?.snapshotSha256) {
      const bytes = await this.blobs.get(year.snapshotSha256);
      const snapshot = JSON.parse(bytes.toString('utf8')) as PublicView;
      // Submitted before these pages existed: nothing was frozen, and live data would not be.
      if (!snapshot.standing) throw notFound();
      return { view: snapshot.standing, frozen: true };
    }
    return { view: await this.liveOf(org, this.clock.now()), frozen: false };
  }

  /** The office's structure and executives now, for the submission snapshot. */
  async live(orgId: number, asOf: Date): Promise<StandingView> {
    const org = await this.orgs.findOrganization(orgId);
    if (!org) throw notFound();
    return this.liveOf(org, asOf);
  }

  private async liveOf(org: Organization, asOf: Date): Promise<StandingView> {
    const [groups, users] = await Promise.all([
      this.orgs.listGroups(org.id),
      this.orgs.listUsers(org.id),
    ]);
    return buildStandingView(org, groups, users, asOf);
  }
}
