/** One page of a keyset read: its rows, and the key to read after next (null: that was all). */
export interface KeysetPage<T> {
  rows: T[];
  next: number | null;
}

/**
 * Reads a large set in keyset pages: each read starts after the key the one before returned (an
 * index range, however far in), until a read says there is no more.
 */
export async function* keysetPages<T>(
  read: (after: number) => Promise<KeysetPage<T>>,
): AsyncGenerator<T[]> {
  for (let after: number | null = 0; after !== null;) {
    const page: KeysetPage<T> = await read(after);
    if (page.rows.length > 0) yield page.rows;
    after = page.next;
  }
}

/** The page of ids read after `after` (in id order, at most `limit`) and where the next starts. */
export const nextAfter = (ids: readonly number[], limit: number): number | null =>
  ids.length < limit ? null : ids[ids.length - 1];
