import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { bangkokEndOfDay, DAY_MS } from '../../common/thai/bangkok-time';
import { AppConfig } from '../../config/app-config';
import type { CatalogItem } from '../catalog/catalog-format';
import { CatalogService, ResolvedCatalog } from '../catalog/catalog.service';
import type { OitAssignment } from '../entities/oit-assignment.entity';
import type { OitLink } from '../entities/oit-link.entity';
import type { OitOfficeYear } from '../entities/oit-office-year.entity';
import { OitRepository } from '../oit.repository';
import { toEvidenceView } from '../oit.views';
import { computeOitScore, displayScore, whatIf } from '../scoring/oit-score';
import { evaluatePeriod, PeriodResult } from './period-rules';

export const ITEM_STATUSES = ['complete', 'partial', 'proposed', 'missing'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** How far ahead "due soon" looks. */
const DUE_SOON_DAYS = 30;

/**
 * complete: confirmed evidence meets the period rule. partial: confirmed evidence on file that
 * does not (yet) meet it. proposed: only suggestions await the coordinator. missing: nothing.
 */
export function itemStatus(period: PeriodResult, confirmed: number, proposed: number): ItemStatus {
  if (period.satisfied) return 'complete';
  if (confirmed > 0) return 'partial';
  return proposed > 0 ? 'proposed' : 'missing';
}

export interface ChecklistData {
  catalog: ResolvedCatalog;
  links: OitLink[];
  assignments: OitAssignment[];
  year: OitOfficeYear | null;
}

/** The office's OIT checklist for a fiscal year: per item, evidence, period, status, duty. */
@Injectable()
export class ChecklistUseCase {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly repo: OitRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, fiscalYear: number) {
    return this.build(actor.orgId, fiscalYear);
  }

  async build(orgId: number, fiscalYear: number) {
    const [catalog, links, assignments, year] = await Promise.all([
      this.catalogs.resolve(orgId, fiscalYear),
      this.repo.linksOfYear(orgId, fiscalYear, ['proposed', 'confirmed']),
      this.repo.listAssignments(orgId),
      this.repo.findOfficeYear(orgId, fiscalYear),
    ]);
    return this.present({ catalog, links, assignments, year }, fiscalYear);
  }

  private present(data: ChecklistData, fiscalYear: number) {
    const now = this.clock.now();
    const items = data.catalog.items.map((item) => this.itemOf(item, data, fiscalYear, now));
    const scores = Object.fromEntries(
      items.map((i) => [i.code, i.status === 'complete' ? 100 : 0]),
    );
    const raw = computeOitScore(data.catalog.items, scores, {
      iit: data.year?.iit,
      eit: data.year?.eit,
    });
    return {
      fiscalYear,
      catalogYear: data.catalog.catalogYear,
      carriedForward: data.catalog.carriedForward,
      submittedAt: data.year?.submittedAt ?? null,
      summary: Object.fromEntries(
        ['complete', 'partial', 'proposed', 'missing'].map((s) => [
          s,
          items.filter((i) => i.status === s).length,
        ]),
      ),
      dueSoon: items
        .filter((i) => i.dueSoon || i.overdue)
        .map((i) => ({
          code: i.code,
          due: i.due,
          overdue: i.overdue,
          responsibleGroup: i.responsibleGroup,
        })),
      items,
      score: {
        ...displayScore(raw),
        iit: data.year?.iit ?? null,
        eit: data.year?.eit ?? null,
        whatIf: whatIf(data.catalog.items, scores),
      },
    };
  }

  private itemOf(item: CatalogItem, data: ChecklistData, fiscalYear: number, now: Date) {
    const links = data.links.filter((l) => l.itemCode === item.code && l.evidence);
    const confirmed = links.filter((l) => l.status === 'confirmed');
    const period = evaluatePeriod(
      item.period,
      fiscalYear,
      confirmed.map((l) => ({ date: l.evidence!.documentDate, title: l.evidence!.title })),
      now,
    );
    const status = itemStatus(period, confirmed.length, links.length - confirmed.length);
    const assignment = data.assignments.find((a) => a.itemCode === item.code);
    const dueAt = period.due ? bangkokEndOfDay(period.due) : null;
    const open = status !== 'complete';
    return {
      code: item.code,
      name: item.name,
      indicator: item.indicator,
      subindicator: item.subindicator,
      subindicatorName: item.subindicatorName,
      evidenceText: item.evidenceText,
      status,
      evidence: links.map((l) => ({
        linkId: l.id,
        status: l.status,
        score: l.score,
        source: l.source,
        decidedAt: l.decidedAt,
        ...toEvidenceView(l.evidence!, this.config.publicBaseUrl),
        id: l.evidence!.id,
      })),
      period: { ...period, windowTh: item.periodWindow },
      responsibleGroup: assignment?.group
        ? { id: assignment.group.id, name: assignment.group.name }
        : null,
      due: period.due ?? null,
      overdue: open && dueAt !== null && dueAt.getTime() < now.getTime(),
      dueSoon:
        open &&
        dueAt !== null &&
        dueAt.getTime() >= now.getTime() &&
        dueAt.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS,
    };
  }
}
