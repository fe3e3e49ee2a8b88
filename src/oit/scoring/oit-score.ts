// The official OIT scoring rule (shared/oit/SCORING.md), as pure functions over a catalog.
// Full precision throughout; rounding is for display only.

export const ITEM_SCORES = [0, 100] as const;

export const OIT_WEIGHT = 0.4;
export const SURVEY_MAX_POINTS = 30;

export const LEVELS = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Level = (typeof LEVELS)[number];

/** Lower bounds of each level, highest first (SCORING.md "Levels"). */
const LEVEL_FLOORS: ReadonlyArray<readonly [Level, number]> = [
  ['AA', 95],
  ['A', 85],
  ['B', 75],
  ['C', 65],
  ['D', 55],
  ['E', 50],
  ['F', 0],
];

/** What scoring needs of an item: its code and where it sits. */
export interface ScoredItem {
  code: string;
  indicator: string;
  subindicator: string;
}

export interface OitScore {
  subindicators: Record<string, number>;
  indicators: Record<string, number>;
  oitPercent: number;
  oitWeighted: number;
  total?: number;
  level?: Level;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Keys in published order: "9.2" before "9.10", "9" before "10". */
const byNumber = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups.entries()].sort(([a], [b]) => byNumber(a, b)));
};

/**
 * Sub-indicator = mean of its items; indicator = mean of its sub-indicators (not of its items);
 * OIT percent = mean of the indicators; weighted = percent × 0.40. Items absent from `scores`
 * count 0 (no evidence). With both survey parts, total = IIT + EIT + OIT weighted.
 */
export function computeOitScore(
  items: readonly ScoredItem[],
  scores: Readonly<Record<string, number>>,
  survey: { iit?: number | null; eit?: number | null } = {},
): OitScore {
  const subindicators: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  for (const [indicator, ofIndicator] of groupBy(items, (i) => i.indicator)) {
    const subs = groupBy(ofIndicator, (i) => i.subindicator);
    for (const [sub, ofSub] of subs) {
      subindicators[sub] = mean(ofSub.map((i) => scores[i.code] ?? 0));
    }
    indicators[indicator] = mean([...subs.keys()].map((s) => subindicators[s]));
  }
  const oitPercent = mean(Object.values(indicators));
  const oitWeighted = oitPercent * OIT_WEIGHT;
  const result: OitScore = { subindicators, indicators, oitPercent, oitWeighted };
  if (isPoints(survey.iit) && isPoints(survey.eit)) {
    result.total = survey.iit + survey.eit + oitWeighted;
    result.level = levelOf(result.total);
  }
  return result;
}

const isPoints = (v: number | null | undefined): v is number => typeof v === 'number';

/**
 * Half-up to two decimals. The value is first cleaned to 15 significant digits so that binary
 * noise (84.995 stored as 84.99499999…) does not round down, then shifted in decimal notation.
 */
export function roundHalfUp2(x: number): number {
  const clean = Number(x.toPrecision(15));
  const [mantissa, exponent] = clean.toExponential().split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + 2}`));
  return Number(`${shifted}e-2`);
}

/** The level of a score as published: bands apply to the two-decimal figure people see. */
export function levelOf(score: number): Level {
  const shown = roundHalfUp2(score);
  for (const [level, floor] of LEVEL_FLOORS) if (shown >= floor) return level;
  return 'F';
}

const roundRecord = (r: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, roundHalfUp2(v)]));

/** The same score with every number rounded for display. */
export function displayScore(score: OitScore): OitScore {
  return {
    subindicators: roundRecord(score.subindicators),
    indicators: roundRecord(score.indicators),
    oitPercent: roundHalfUp2(score.oitPercent),
    oitWeighted: roundHalfUp2(score.oitWeighted),
    ...(score.total === undefined ? {} : { total: roundHalfUp2(score.total), level: score.level }),
  };
}

export interface WhatIf {
  code: string;
  /** ITA points (OIT weighted, of 40) the item would add with acceptable evidence. */
  points: number;
  /** OIT percent points it would add. */
  oitPercent: number;
}

/** For each item scoring 0: what it would add on its own, the largest gains first. */
export function whatIf(
  items: readonly ScoredItem[],
  scores: Readonly<Record<string, number>>,
): WhatIf[] {
  const base = computeOitScore(items, scores);
  return items
    .filter((i) => (scores[i.code] ?? 0) < 100)
    .map((i) => {
      const next = computeOitScore(items, { ...scores, [i.code]: 100 });
      return {
        code: i.code,
        points: roundHalfUp2(next.oitWeighted - base.oitWeighted),
        oitPercent: roundHalfUp2(next.oitPercent - base.oitPercent),
      };
    })
    .sort((a, b) => b.points - a.points || Number(a.code.slice(1)) - Number(b.code.slice(1)));
}
