// Ranks a catalog's items for a document (shared/oit/SCORING.md, "Automatic linking"): words of
// the subject and body against each item's name and evidence text, cues of the period and the
// document kind, the coordinator's rules, and the office's confirmed links (nearest examples).
// Scores are a softmax over the items, so an unrelated text spreads thin and is abstained on.
import { fromThaiDigits } from '../../common/thai/thai-format';
import type { CatalogItem, PeriodRule } from '../catalog/catalog-format';
import { mentionsYear } from '../checklist/period-rules';
import { CompiledRule, normalizeForRules } from './rule-matcher';
import { addFeatures, addMarker, cosine, Features, weigh } from './text-features';

export type SuggestKind = 'memo' | 'announcement' | 'order' | 'file' | 'web';

export interface SuggestInput {
  fiscalYear: number;
  subject: string;
  text?: string;
  kind?: SuggestKind;
}

/** A document the office confirmed as evidence of `itemCode`: what the suggester learns from. */
export interface LearnedExample {
  itemCode: string;
  subject: string;
  text?: string;
  fiscalYear: number;
  kind?: SuggestKind;
}

export interface Ranked {
  code: string;
  score: number;
}

export interface SuggesterWeights {
  /** Softmax gain of the similarity to the catalog's own words. */
  catalog: number;
  /** Gain of the similarity to the nearest confirmed example of the item. */
  learned: number;
  /** Added to the logit of every item a coordinator rule points to. */
  rule: number;
  /** Weight of period and kind cues among the words. */
  cue: number;
  /** Similarity to an example below which it says nothing (shared boilerplate, not meaning). */
  learnedFloor: number;
}

export const DEFAULT_WEIGHTS: SuggesterWeights = {
  catalog: 14,
  learned: 8,
  rule: 8,
  cue: 2.5,
  learnedFloor: 0.6,
};

/** Below this score a suggestion is not shown or stored: better no proposal than a wrong one. */
export const ABSTAIN_BELOW = 0.2;
export const TOP_N = 3;
/** Body text beyond this adds noise, not signal; subjects carry most of the meaning. */
const MAX_BODY = 2_000;

const PERIOD_CUE: Partial<Record<PeriodRule, string>> = {
  'previous-fiscal-year': '@previous-year',
  '6-month': '@six-month',
  monthly: '@monthly',
};
const SIX_MONTH = /6\s*เดือน|ไตรมาส|ครึ่งปี/;
const MONTHLY = /ประจำเดือน|รายเดือน|รอบเดือน|สขร/;

export class Suggester {
  private readonly idf: (term: string) => number;
  private readonly itemVectors: Array<{ code: string; vector: Features }>;

  constructor(
    private readonly items: readonly CatalogItem[],
    private readonly weights: SuggesterWeights = DEFAULT_WEIGHTS,
  ) {
    const raw = items.map((item) => ({ code: item.code, features: this.itemFeatures(item) }));
    const df = new Map<string, number>();
    for (const { features } of raw)
      for (const term of features.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const n = items.length;
    // Terms no item uses get the highest weight: rare words are what tell examples apart.
    this.idf = (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
    this.itemVectors = raw.map(({ code, features }) => ({
      code,
      vector: weigh(features, this.idf),
    }));
  }

  /** Every item, best first, with scores summing to 1. */
  rank(
    input: SuggestInput,
    rules: readonly CompiledRule[] = [],
    examples: readonly LearnedExample[] = [],
  ): Ranked[] {
    const query = weigh(this.documentFeatures(input), this.idf);
    const learned = this.nearestExamples(query, examples);
    const ruleText = normalizeForRules(`${input.subject}\n${input.text ?? ''}`);
    const ruled = new Set(rules.filter((r) => r.matches(ruleText)).map((r) => r.itemCode));
    const logits = this.itemVectors.map(({ code, vector }) => ({
      code,
      logit:
        this.weights.catalog * cosine(query, vector) +
        this.weights.learned * (learned.get(code) ?? 0) +
        (ruled.has(code) ? this.weights.rule : 0),
    }));
    const max = Math.max(...logits.map((l) => l.logit));
    const exp = logits.map((l) => ({ code: l.code, e: Math.exp(l.logit - max) }));
    const sum = exp.reduce((a, b) => a + b.e, 0);
    return exp
      .map(({ code, e }) => ({ code, score: e / sum }))
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

  private itemFeatures(item: CatalogItem): Features {
    const features = addFeatures(new Map(), item.name, 2);
    addFeatures(features, item.evidenceText, 1);
    addFeatures(features, item.subindicatorName, 0.5);
    const cue = PERIOD_CUE[item.period];
    if (cue) addMarker(features, cue, this.weights.cue);
    if (/ประกาศ/.test(`${item.name} ${item.evidenceText}`)) {
      addMarker(features, '@announcement', this.weights.cue / 2);
    }
    return features;
  }

  private documentFeatures(doc: SuggestInput | LearnedExample): Features {
    const features = addFeatures(new Map(), doc.subject, 2);
    if (doc.text) addFeatures(features, doc.text.slice(0, MAX_BODY), 1);
    const title = fromThaiDigits(doc.subject);
    if (mentionsYear(title, doc.fiscalYear - 1) || /ปีที่ผ่านมา/.test(title)) {
      addMarker(features, '@previous-year', this.weights.cue);
    }
    if (SIX_MONTH.test(title)) addMarker(features, '@six-month', this.weights.cue);
    if (MONTHLY.test(title)) addMarker(features, '@monthly', this.weights.cue);
    if (doc.kind === 'announcement') addMarker(features, '@announcement', this.weights.cue / 2);
    return features;
  }

  /** For each item, the similarity of the query to its closest confirmed example. */
  private nearestExamples(
    query: Features,
    examples: readonly LearnedExample[],
  ): Map<string, number> {
    const best = new Map<string, number>();
    for (const example of examples) {
      const raw = cosine(query, weigh(this.documentFeatures(example), this.idf));
      const floor = this.weights.learnedFloor;
      const similarity = Math.max(0, (raw - floor) / (1 - floor));
      if (similarity > (best.get(example.itemCode) ?? 0)) best.set(example.itemCode, similarity);
    }
    return best;
  }
}
