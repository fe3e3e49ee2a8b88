// Ranks a catalog's items for a document (shared/oit/SCORING.md, "Automatic linking"): the words
// of the subject, and apart from them those of the body, against each item's name and evidence
// text; cues of the period and the document kind; the coordinator's rules; and the office's
// confirmed links (nearest examples). Scores are a softmax over the items and "nothing" (the
// everyday requests of document-kind.ts), so an unrelated text spreads thin, or goes to
// "nothing", and is abstained on.
import type { CatalogItem } from '../catalog/catalog-format';
import { bodyFeatures, DocumentText, itemFeatures, subjectFeatures } from './document-features';
import {
  isAnnouncement,
  isAnnouncementItem,
  isEverydayRequest,
  isResultItem,
  reportsResults,
} from './document-kind';
import { ItemPeriod, itemPeriod, namedPeriod, periodFit } from './period-fit';
import { LearnedExample, LearnedExamples } from './learned-examples';
import { CompiledRule, normalizeForRules } from './rule-matcher';
import { cosine, Features, weigh } from './text-features';

export type { SuggestKind } from './document-features';
export type SuggestInput = DocumentText;

export type { LearnedExample } from './learned-examples';

export interface Ranked {
  code: string;
  score: number;
}

export interface SuggesterWeights {
  /** Softmax gain of the similarity of the subject to the catalog's own words. */
  catalog: number;
  /** Share of that gain for the similarity of the body. */
  body: number;
  /** Logit of "nothing", as a share of `catalog`, for an everyday request. */
  nothing: number;
  /** Gain of the similarity to the nearest confirmed example of the item. */
  learned: number;
  /** Added to the logit of every item a coordinator rule points to. */
  rule: number;
  /** Weight of period and kind cues among the words. */
  cue: number;
  /** Added to (or taken from) the logit of an item by how the period named fits its rule. */
  period: number;
  /** Added to the logit of a report or results item when the document reports what was done. */
  result: number;
  /** Added to the logit of an item of announcements when the document is one. */
  announcement: number;
  /** Similarity to an example below which it says nothing (shared boilerplate, not meaning). */
  learnedFloor: number;
}

export const DEFAULT_WEIGHTS: SuggesterWeights = {
  catalog: 14,
  body: 0.6,
  nothing: 0.5,
  learned: 8,
  rule: 8,
  cue: 2.5,
  period: 2,
  result: 1,
  announcement: 1.5,
  learnedFloor: 0.6,
};

/** Below this score a suggestion is not shown or stored: better no proposal than a wrong one. */
export const ABSTAIN_BELOW = 0.2;
export const TOP_N = 3;
/** The pseudo-item "nothing": where the mass of an everyday request goes. */
const NOTHING = '@nothing';

/** An item as ranked: its words, its period rule, and the kind of evidence it asks for. */
interface ItemModel {
  code: string;
  vector: Features;
  period: ItemPeriod;
  /** Its evidence is a report or results of what was done. */
  result: boolean;
  /** Its evidence is announcements themselves. */
  announcements: boolean;
}

export class Suggester {
  private readonly idf: (term: string) => number;
  private readonly itemVectors: ItemModel[];
  private readonly examples: LearnedExamples;
  private readonly vocabulary = new Set<string>();

  constructor(
    items: readonly CatalogItem[],
    private readonly weights: SuggesterWeights = DEFAULT_WEIGHTS,
  ) {
    const raw = items.map((item) => ({
      code: item.code,
      features: itemFeatures(item, weights.cue),
    }));
    const df = new Map<string, number>();
    for (const { features } of raw)
      for (const term of features.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const term of df.keys()) this.vocabulary.add(term);
    const n = items.length;
    // Terms no item uses get the highest weight: rare words are what tell examples apart.
    this.idf = (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
    this.itemVectors = raw.map(({ code, features }, i) => ({
      code,
      period: itemPeriod(items[i].period, items[i].evidenceText),
      result: isResultItem(items[i]),
      announcements: isAnnouncementItem(items[i]),
      vector: weigh(features, this.idf),
    }));
    this.examples = new LearnedExamples(this.idf, weights.cue, weights.learnedFloor);
  }

  /** Every item, best first; the scores and that of "nothing" sum to 1. */
  rank(
    input: SuggestInput,
    rules: readonly CompiledRule[] = [],
    examples: readonly LearnedExample[] = [],
  ): Ranked[] {
    const logits = this.logits(input, rules, examples);
    // "Nothing" takes no mass at all unless the memo is an everyday request.
    if (isEverydayRequest(input))
      logits.push({ code: NOTHING, logit: this.weights.catalog * this.weights.nothing });
    return softmax(logits)
      .filter((r) => r.code !== NOTHING)
      .sort((a, b) => b.score - a.score || Number(a.code.slice(1)) - Number(b.code.slice(1)));
  }

  /** The top three at or above the abstention threshold; empty when the text is too vague. */
  suggest(
    input: SuggestInput,
    rules: readonly CompiledRule[] = [],
    examples: readonly LearnedExample[] = [],
  ): Ranked[] {
    return this.rank(input, rules, examples)
      .filter((r) => r.score >= ABSTAIN_BELOW)
      .slice(0, TOP_N);
  }

  private logits(
    input: SuggestInput,
    rules: readonly CompiledRule[],
    examples: readonly LearnedExample[],
  ): Array<{ code: string; logit: number }> {
    const { catalog, body: bodyShare, learned: learnedGain, rule } = this.weights;
    const subjectRaw = subjectFeatures(input, this.weights.cue);
    const subject = weigh(subjectRaw, this.idf);
    const bodyRaw = bodyFeatures(input.text);
    const body = bodyRaw && weigh(this.known(bodyRaw), this.idf);
    const learned = this.examples.nearest(subjectRaw, examples);
    const ruleText = normalizeForRules(`${input.subject}\n${input.text ?? ''}`);
    const ruled = new Set(rules.filter((r) => r.matches(ruleText)).map((r) => r.itemCode));
    const fit = this.fitOf(input);
    return this.itemVectors.map((item) => ({
      code: item.code,
      logit:
        catalog * cosine(subject, item.vector) +
        (body ? catalog * bodyShare * cosine(body, item.vector) : 0) +
        fit(item) +
        learnedGain * (learned.get(item.code) ?? 0) +
        (ruled.has(item.code) ? rule : 0),
    }));
  }

  /** What the period the document names and its kind add to (or take from) each item. */
  private fitOf(input: SuggestInput): (item: ItemModel) => number {
    const named = namedPeriod(input.subject, input.fiscalYear);
    const report = reportsResults(input);
    const announcement = isAnnouncement(input);
    const { period, result, announcement: announces } = this.weights;
    return (item) =>
      period * periodFit(named, item.period) +
      (report && item.result ? result : 0) +
      (announcement && item.announcements ? announces : 0);
  }

  /**
   * Only the words some item uses: a body's other words (amounts, names, dates) are most of
   * it and would leave every similarity near zero, however clearly the rest points.
   */
  private known(features: Features): Features {
    return new Map([...features].filter(([term]) => this.vocabulary.has(term)));
  }
}

function softmax(logits: Array<{ code: string; logit: number }>): Ranked[] {
  const max = Math.max(...logits.map((l) => l.logit));
  const exp = logits.map((l) => ({ code: l.code, e: Math.exp(l.logit - max) }));
  const sum = exp.reduce((a, b) => a + b.e, 0);
  return exp.map(({ code, e }) => ({ code, score: e / sum }));
}
