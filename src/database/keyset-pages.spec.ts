import { keysetPages, nextAfter } from './keyset-pages';

/**
 * Ids with gaps, read the way the repositories do: ids after the key, in order, at most `limit`;
 * of those only the `kept` rows come back (an inactive office's rows are left out).
 */
const table = (ids: number[], limit: number, kept: (id: number) => boolean = () => true) => {
  const reads: number[] = [];
  const read = (after: number) => {
    reads.push(after);
    const page = ids.filter((id) => id > after).slice(0, limit);
    return Promise.resolve({ rows: page.filter(kept), next: nextAfter(page, limit) });
  };
  return { read, reads };
};

async function collect(t: ReturnType<typeof table>) {
  const pages: number[][] = [];
  for await (const page of keysetPages(t.read)) pages.push(page);
  return { pages, reads: t.reads };
}

describe('keysetPages', () => {
  it('reads every row once, in pages after the last key read', async () => {
    const { pages, reads } = await collect(table([2, 3, 5, 8, 13, 21, 34], 3));
    expect(pages).toEqual([[2, 3, 5], [8, 13, 21], [34]]);
    expect(reads).toEqual([0, 5, 21]);
  });

  it('ends with one empty read when the rows fill the last page exactly', async () => {
    const { pages, reads } = await collect(table([1, 2, 3, 4], 2));
    expect(pages).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(reads).toEqual([0, 2, 4]);
  });

  it('goes on past a page whose rows were all left out', async () => {
    const { pages, reads } = await collect(table([1, 2, 3, 4, 5], 2, (id) => id !== 1 && id !== 2));
    expect(pages).toEqual([[3, 4], [5]]);
    expect(reads).toEqual([0, 2, 4]);
  });

  it('yields nothing for no rows', async () => {
    expect(await collect(table([], 5))).toEqual({ pages: [], reads: [0] });
  });
});
