import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { CatalogService, ResolvedCatalog } from '../catalog/catalog.service';
import type { OitRule } from '../entities/oit-rule.entity';
import { OitRepository } from '../oit.repository';
import { CompiledRule, compileRuleSet } from './rule-matcher';
import { LearnedExample, Ranked, Suggester, SuggestInput } from './suggester';

/** Confirmed links the suggester learns from, newest first; enough to recognise an office. */
const MAX_EXAMPLES = 1000;
/** Offices whose compiled rules are kept; beyond it the cache starts over. */
const MAX_CACHED_OFFICES = 1000;

/** Suggestions for an office: its catalog, its coordinator's rules, its confirmed links. */
@Injectable()
export class SuggestionService {
  private readonly logger = new Logger(SuggestionService.name);
  private readonly suggesters = new Map<number, Suggester>();
  /** Per office: the ids its compiled rules came from, and the rules. */
  private readonly ruleSets = new Map<number, { key: string; rules: CompiledRule[] }>();

  constructor(
    private readonly catalogs: CatalogService,
    private readonly repo: OitRepository,
  ) {}

  async suggestForActor(actor: Actor, input: SuggestInput) {
    const { suggestions, catalog } = await this.suggest(actor.orgId, input);
    return {
      fiscalYear: input.fiscalYear,
      catalogYear: catalog.catalogYear,
      carriedForward: catalog.carriedForward,
      suggestions: suggestions.map((s) => ({ code: s.code, score: round3(s.score) })),
    };
  }

  /** The top suggestions at or above the abstention threshold, best first. */
  async suggest(
    orgId: number,
    input: SuggestInput,
  ): Promise<{ suggestions: Ranked[]; catalog: ResolvedCatalog }> {
    const catalog = await this.catalogs.resolve(orgId, input.fiscalYear);
    const known = new Set(catalog.items.map((i) => i.code));
    const [rules, examples] = await Promise.all([
      this.rules(orgId, known),
      this.examples(orgId, catalog, known),
    ]);
    const suggestions = this.suggesterFor(catalog).suggest(input, rules, examples);
    return { suggestions, catalog };
  }

  private suggesterFor(catalog: ResolvedCatalog): Suggester {
    let suggester = this.suggesters.get(catalog.id);
    if (!suggester) {
      suggester = new Suggester(catalog.items);
      this.suggesters.set(catalog.id, suggester);
    }
    return suggester;
  }

  /**
   * The office's rules, compiled once per change: rules are only created and deleted, never
   * edited, so their ids name the set (and every instance sees a change at its next call).
   */
  private async rules(orgId: number, known: Set<string>): Promise<CompiledRule[]> {
    const rows = await this.repo.listRules(orgId);
    const key = rows.map((r) => r.id).join(',');
    let cached = this.ruleSets.get(orgId);
    if (cached?.key !== key) {
      cached = { key, rules: this.compileStored(rows) };
      if (this.ruleSets.size >= MAX_CACHED_OFFICES) this.ruleSets.clear();
      this.ruleSets.set(orgId, cached);
    }
    return cached.rules.filter((r) => known.has(r.itemCode));
  }

  /** Rules were checked when saved; one saved before today's bounds is skipped, not fatal. */
  private compileStored(rows: OitRule[]): CompiledRule[] {
    const { rules, refused } = compileRuleSet(rows);
    for (const { spec, reason } of refused) {
      this.logger.warn({ ruleId: spec.id, reason }, 'OIT rule skipped');
    }
    return rules;
  }

  /**
   * Confirmed links of the years this catalog governs: only confirmed ones teach. Subjects only,
   * as in the labelled set the weights were chosen on; bodies would cost much and add noise.
   */
  private async examples(
    orgId: number,
    catalog: ResolvedCatalog,
    known: Set<string>,
  ): Promise<LearnedExample[]> {
    const [from, to] = await this.catalogs.yearsGovernedWith(orgId, catalog);
    const links = await this.repo.confirmedLinks(orgId, from, to, MAX_EXAMPLES);
    return links
      .filter((l) => known.has(l.itemCode) && l.evidence)
      .map((l) => ({
        itemCode: l.itemCode,
        subject: l.evidence!.title,
        fiscalYear: l.fiscalYear,
        kind: l.evidence!.kind,
      }));
  }
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
