import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { CatalogService, ResolvedCatalog } from '../catalog/catalog.service';
import type { OitRule } from '../entities/oit-rule.entity';
import { OitRepository } from '../oit.repository';
import { CompiledRule, compileRule, InvalidRuleError } from './rule-matcher';
import { LearnedExample, Ranked, Suggester, SuggestInput } from './suggester';

/** Confirmed links the suggester learns from, newest first; enough to recognise an office. */
const MAX_EXAMPLES = 1000;

/** Suggestions for an office: its catalog, its coordinator's rules, its confirmed links. */
@Injectable()
export class SuggestionService {
  private readonly logger = new Logger(SuggestionService.name);
  private readonly suggesters = new Map<number, Suggester>();

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

  private async rules(orgId: number, known: Set<string>): Promise<CompiledRule[]> {
    const rows = await this.repo.listRules(orgId);
    return rows.filter((r) => known.has(r.itemCode)).flatMap((r) => this.compileStored(r));
  }

  /** Rules were checked when saved; one that no longer compiles is skipped, not fatal. */
  private compileStored(rule: OitRule): CompiledRule[] {
    try {
      return [compileRule(rule)];
    } catch (error) {
      if (!(error instanceof InvalidRuleError)) throw error;
      this.logger.warn({ ruleId: rule.id, reason: error.message }, 'OIT rule skipped');
      return [];
    }
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
