// The office's confirmed links as nearest examples: how close a subject is to the closest
// confirmed subject of each item. Words the catalog never uses weigh most (they are what tells
// "โครงการโรงเรียนสุจริต" apart), so words an office writes on everything (its own name,
// "ขอความเห็นชอบ") would make every pair of its subjects look alike: a word counts less the
// more items its examples share it among.
import { subjectFeatures, SuggestKind } from './document-features';
import { Features, weigh } from './text-features';

/** A document the office confirmed as evidence of `itemCode`: what the suggester learns from. */
export interface LearnedExample {
  itemCode: string;
  subject: string;
  text?: string;
  fiscalYear: number;
  kind?: SuggestKind;
}

/** Subject features of confirmed links kept between calls; beyond it the cache starts over. */
const MAX_CACHED_EXAMPLES = 20_000;
/** Example sets (about one an office) whose weighted vectors are kept between calls. */
const MAX_CACHED_SETS = 64;

/** An example set ready to match: its weighting and, per word, the examples that use it. */
interface PreparedSet {
  examples: readonly LearnedExample[];
  weight: (term: string) => number;
  codes: string[];
  postings: Map<string, Array<{ index: number; weight: number }>>;
}

export class LearnedExamples {
  private readonly features = new Map<string, Features>();
  private readonly sets: PreparedSet[] = [];

  constructor(
    private readonly idf: (term: string) => number,
    private readonly cue: number,
    /** Similarity below which an example says nothing (shared boilerplate, not meaning). */
    private readonly floor: number,
  ) {}

  /** For each item, the similarity (0 to 1, above the floor) of its closest example. */
  nearest(subject: Features, examples: readonly LearnedExample[]): Map<string, number> {
    const best = new Map<string, number>();
    if (examples.length === 0) return best;
    const { weight, codes, postings } = this.prepared(examples);
    const dots = new Float64Array(codes.length);
    for (const [term, w] of weigh(subject, weight))
      for (const posting of postings.get(term) ?? []) dots[posting.index] += w * posting.weight;
    dots.forEach((dot, index) => {
      const above = Math.max(0, (dot - this.floor) / (1 - this.floor));
      if (above > (best.get(codes[index]) ?? 0)) best.set(codes[index], above);
    });
    return best;
  }

  /**
   * An office's links come anew from the database on every call, mostly the same as last time:
   * compared one by one (a joined key of a thousand subjects takes longer than the matching).
   */
  private prepared(examples: readonly LearnedExample[]): PreparedSet {
    const cached = this.sets.find((set) => sameExamples(set.examples, examples));
    if (cached) return cached;
    const raw = examples.map((e) => ({ code: e.itemCode, features: this.featuresOf(e) }));
    const weight = this.weighting(raw);
    const set: PreparedSet = {
      examples: examples.map((e) => ({ ...e })),
      weight,
      codes: raw.map((r) => r.code),
      postings: new Map(),
    };
    for (const [index, { features }] of raw.entries())
      for (const [term, w] of weigh(features, weight)) {
        let list = set.postings.get(term);
        if (!list) set.postings.set(term, (list = []));
        list.push({ index, weight: w });
      }
    if (this.sets.length >= MAX_CACHED_SETS) this.sets.shift();
    this.sets.push(set);
    return set;
  }

  /** The catalog's inverse document frequency, divided by the items a word's examples cover. */
  private weighting(raw: Array<{ code: string; features: Features }>): (term: string) => number {
    const items = new Map<string, Set<string>>();
    for (const { code, features } of raw)
      for (const term of features.keys()) {
        let codes = items.get(term);
        if (!codes) items.set(term, (codes = new Set()));
        codes.add(code);
      }
    return (term) => this.idf(term) / (items.get(term)?.size ?? 1);
  }

  /** Examples come from the database on every call; their words are segmented once. */
  private featuresOf(example: LearnedExample): Features {
    const key = keyOf(example);
    let features = this.features.get(key);
    if (!features) {
      features = subjectFeatures(example, this.cue);
      if (this.features.size >= MAX_CACHED_EXAMPLES) this.features.clear();
      this.features.set(key, features);
    }
    return features;
  }
}

function sameExamples(a: readonly LearnedExample[], b: readonly LearnedExample[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x.itemCode !== y.itemCode || x.subject !== y.subject) return false;
    if (x.fiscalYear !== y.fiscalYear || x.kind !== y.kind) return false;
  }
  return true;
}

const keyOf = (e: LearnedExample): string => `${e.fiscalYear}|${e.kind ?? ''}|${e.subject}`;
