/**
 * Reads a large set in keyset pages: each read starts after the key of the last row of the one
 * before (an index range, however far in), and the pages end at the first short one.
 */
export async function* keysetPages<T>(
  read: (after: number, limit: number) => Promise<T[]>,
  keyOf: (row: T) => number,
  size: number,
): AsyncGenerator<T[]> {
  for (let after = 0; ;) {
    const page = await read(after, size);
    if (page.length > 0) yield page;
    if (page.length < size) return;
    after = keyOf(page[page.length - 1]);
  }
}
