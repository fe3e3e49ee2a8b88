import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import type { OitItem } from '../entities/oit-item.entity';
import { OitRepository } from '../oit.repository';
import { byCode, CatalogItem, catalogProblems, fromCatalogFile } from './catalog-format';
import { catalogChanges } from './catalog-changes';
import { CatalogRepository } from './catalog.repository';
import type { LoadCatalogDto } from '../dto/catalog.dto';

export interface ResolvedCatalog {
  id: number;
  /** The fiscal year asked for. */
  fiscalYear: number;
  /** The year of the list actually used. */
  catalogYear: number;
  /** True when the year has no list of its own and the most recent earlier one stands in. */
  carriedForward: boolean;
  source: 'national' | 'office';
  items: CatalogItem[];
}

const toItem = (row: OitItem): CatalogItem => ({
  code: row.code,
  name: row.name,
  indicator: row.indicator,
  subindicator: row.subindicator,
  subindicatorName: row.subindicatorName,
  groupName: row.groupName,
  evidenceText: row.evidenceText,
  period: row.period,
  periodWindow: row.periodWindow,
  headApproval: row.headApproval,
  answerFormat: row.answerFormat,
  scoring: row.scoring,
  previousCodes: row.previousCodes,
  changeKind: row.changeKind,
});

/** Which list of items applies to an office's fiscal year, and loading new lists. */
@Injectable()
export class CatalogService {
  /** Catalog rows never change once written (a reload makes a new row), so ids cache safely. */
  private readonly itemsById = new Map<number, Promise<CatalogItem[]>>();

  constructor(
    private readonly repo: CatalogRepository,
    private readonly oit: OitRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async resolve(orgId: number, fiscalYear: number): Promise<ResolvedCatalog> {
    const catalog = await this.repo.latestUpTo(orgId, fiscalYear);
    if (!catalog) throw new DomainError('OIT_CATALOG_NOT_FOUND', { fiscalYear });
    return {
      id: catalog.id,
      fiscalYear,
      catalogYear: catalog.fiscalYear,
      carriedForward: catalog.fiscalYear !== fiscalYear,
      source: catalog.orgId === null ? 'national' : 'office',
      items: await this.itemsOf(catalog.id),
    };
  }

  /** Fiscal years governed by the list that applies to `fiscalYear` (until the next list). */
  async yearsGovernedWith(orgId: number, catalog: ResolvedCatalog): Promise<[number, number]> {
    const next = await this.repo.nextCatalogYear(orgId, catalog.catalogYear);
    return [catalog.catalogYear, next === null ? catalog.catalogYear + 100 : next - 1];
  }

  async list(actor: Actor) {
    const catalogs = await this.repo.listVisible(actor.orgId);
    return {
      catalogs: catalogs.map((c) => ({
        fiscalYear: c.fiscalYear,
        source: c.orgId === null ? 'national' : 'office',
        loadedAt: c.loadedAt,
      })),
    };
  }

  /** The list for a year, with how its items relate to the previous list. */
  async show(actor: Actor, fiscalYear: number) {
    const catalog = await this.resolve(actor.orgId, fiscalYear);
    const previous = await this.repo.latestUpTo(actor.orgId, catalog.catalogYear - 1);
    const changes = previous
      ? {
          previousCatalogYear: previous.fiscalYear,
          ...catalogChanges(await this.itemsOf(previous.id), catalog.items),
        }
      : null;
    return {
      fiscalYear,
      catalogYear: catalog.catalogYear,
      carriedForward: catalog.carriedForward,
      source: catalog.source,
      items: catalog.items,
      changes,
    };
  }

  /** Loads an office's own list for a year (coordinator/admin), replacing an earlier upload. */
  async load(actor: Actor, fiscalYear: number, dto: LoadCatalogDto) {
    const items = dto.items.map(fromCatalogFile).sort(byCode);
    const problems = catalogProblems(items);
    if (problems.length > 0) throw new DomainError('OIT_INVALID_CATALOG', problems);
    await this.tx.run(async (tx) => {
      const year = await this.oit.findOfficeYear(actor.orgId, fiscalYear, tx);
      if (year?.submittedAt) throw new DomainError('OIT_ALREADY_SUBMITTED');
      await this.repo.replaceOwn(
        tx,
        actor.orgId,
        fiscalYear,
        { loadedByUserId: actor.userId, loadedAt: this.clock.now() },
        items.map((item, index) => ({ ...item, sortOrder: index + 1 })),
      );
    });
    return this.show(actor, fiscalYear);
  }

  private itemsOf(catalogId: number): Promise<CatalogItem[]> {
    let items = this.itemsById.get(catalogId);
    if (!items) {
      items = this.repo.itemsAcrossOffices(catalogId).then((rows) => rows.map(toItem));
      items.catch(() => this.itemsById.delete(catalogId));
      this.itemsById.set(catalogId, items);
    }
    return items;
  }
}
