// The catalog file format (oit/catalog-<year>.json): one object per item, field names as
// published in the shared catalog. A new fiscal year is a new file, never new code.

export const PERIOD_RULES = [
  'standing',
  'multi-year',
  'fiscal-year',
  '6-month',
  'monthly',
  'previous-fiscal-year',
] as const;
export type PeriodRule = (typeof PERIOD_RULES)[number];

/** How an item relates to the previous year's list (optional in a catalog file). */
export const ITEM_CHANGES = ['same', 'renamed', 'merged', 'split', 'new'] as const;
export type ItemChange = (typeof ITEM_CHANGES)[number];

/** Scoring rules this code computes; a list using another must wait for code that knows it. */
export const SCORING_RULES = ['binary-0-100'] as const;

export const ITEM_CODE = /^O[1-9]\d{0,2}$/;

export interface CatalogItemFile {
  code: string;
  name_th: string;
  indicator: string;
  subindicator: string;
  subindicator_name_th: string;
  group_th?: string;
  evidence_th: string;
  period: PeriodRule;
  period_window_th?: string;
  head_approval?: string;
  catalog_year?: number;
  answer_format?: string;
  scoring?: string;
  previous_codes?: string[];
  change?: ItemChange;
}

/** An item as the rest of the module sees it, whatever table or file it came from. */
export interface CatalogItem {
  code: string;
  name: string;
  indicator: string;
  subindicator: string;
  subindicatorName: string;
  groupName: string;
  evidenceText: string;
  period: PeriodRule;
  periodWindow: string;
  headApproval: string;
  answerFormat: string;
  scoring: string;
  previousCodes: string[];
  changeKind: ItemChange | null;
}

export const fromCatalogFile = (f: CatalogItemFile): CatalogItem => ({
  code: f.code,
  name: f.name_th,
  indicator: f.indicator,
  subindicator: f.subindicator,
  subindicatorName: f.subindicator_name_th,
  groupName: f.group_th ?? '',
  evidenceText: f.evidence_th,
  period: f.period,
  periodWindow: f.period_window_th ?? '',
  headApproval: f.head_approval ?? 'n/a',
  answerFormat: f.answer_format ?? 'url',
  scoring: f.scoring ?? 'binary-0-100',
  previousCodes: f.previous_codes ?? [],
  changeKind: f.change ?? null,
});

/**
 * Problems that field validation cannot see: duplicate codes, a sub-indicator outside its
 * indicator, sub-indicators with disagreeing names, an unknown scoring rule. Empty when sound.
 */
export function catalogProblems(items: readonly CatalogItem[]): string[] {
  const problems: string[] = [];
  if (items.length === 0) problems.push('the catalog has no items');
  const seen = new Set<string>();
  const subNames = new Map<string, string>();
  for (const item of items) {
    if (seen.has(item.code)) problems.push(`${item.code}: code appears twice`);
    seen.add(item.code);
    if (!item.subindicator.startsWith(`${item.indicator}.`)) {
      problems.push(`${item.code}: sub-indicator ${item.subindicator} is not in ${item.indicator}`);
    }
    const name = subNames.get(item.subindicator);
    if (name !== undefined && name !== item.subindicatorName) {
      problems.push(`${item.code}: sub-indicator ${item.subindicator} has two names`);
    }
    subNames.set(item.subindicator, item.subindicatorName);
    if (!(SCORING_RULES as readonly string[]).includes(item.scoring)) {
      problems.push(`${item.code}: scoring rule "${item.scoring}" is not supported`);
    }
  }
  return problems;
}

/** Items ordered as published: by the number in their code (O2 before O10). */
export const byCode = (a: { code: string }, b: { code: string }): number =>
  Number(a.code.slice(1)) - Number(b.code.slice(1));
