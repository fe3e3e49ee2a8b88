import type { CatalogItem, ItemChange } from './catalog-format';

export interface CatalogChanges {
  /** Each item of the new list with the previous codes it continues and how. */
  items: Array<{ code: string; previousCodes: string[]; change: ItemChange }>;
  /** Codes of the previous list that nothing in the new list continues. */
  dropped: string[];
}

/**
 * How a year's list relates to the one before: as the list states it (previous_codes, change),
 * or else by code — the same code is taken as the same item, a code not seen before as new.
 */
export function catalogChanges(
  previous: readonly CatalogItem[],
  next: readonly CatalogItem[],
): CatalogChanges {
  const before = new Set(previous.map((i) => i.code));
  const continued = new Set<string>();
  const items = next.map((item) => {
    const previousCodes =
      item.previousCodes.length > 0 ? item.previousCodes : before.has(item.code) ? [item.code] : [];
    previousCodes.forEach((c) => continued.add(c));
    const change: ItemChange =
      item.changeKind ??
      (previousCodes.length === 0 ? 'new' : previousCodes.length > 1 ? 'merged' : 'same');
    return { code: item.code, previousCodes, change };
  });
  return { items, dropped: previous.map((i) => i.code).filter((c) => !continued.has(c)) };
}
