import { keysetPages } from './keyset-pages';

/** Rows with gaps in their ids, read the way the repositories do (id > after, by id, limit). */
const table = (ids: number[]) => {
  const reads: number[] = [];
  const read = (after: number, limit: number) => {
    reads.push(after);
    return Promise.resolve(
      ids
        .filter((id) => id > after)
        .slice(0, limit)
        .map((id) => ({ id })),
    );
  };
  return { read, reads };
};

async function collect(ids: number[], size: number) {
  const { read, reads } = table(ids);
  const pages: number[][] = [];
  for await (const page of keysetPages(read, (r) => r.id, size)) pages.push(page.map((r) => r.id));
  return { pages, reads };
}

describe('keysetPages', () => {
  it('reads every row once, in pages after the last key read', async () => {
    const { pages, reads } = await collect([2, 3, 5, 8, 13, 21, 34], 3);
    expect(pages).toEqual([[2, 3, 5], [8, 13, 21], [34]]);
    expect(reads).toEqual([0, 5, 21]);
  });

  it('ends with one empty read when the rows fill the last page exactly', async () => {
    const { pages, reads } = await collect([1, 2, 3, 4], 2);
    expect(pages).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(reads).toEqual([0, 2, 4]);
  });

  it('yields nothing for no rows', async () => {
    expect(await collect([], 5)).toEqual({ pages: [], reads: [0] });
  });
});
