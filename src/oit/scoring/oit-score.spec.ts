import catalog from '../catalog/2565.json';
import { computeOitScore, displayScore, levelOf, roundHalfUp2, whatIf } from './oit-score';

const items = catalog.map((i) => ({
  code: i.code,
  indicator: i.indicator,
  subindicator: i.subindicator,
}));
const allWith = (missing: string[]): Record<string, number> =>
  Object.fromEntries(items.map((i) => [i.code, missing.includes(i.code) ? 0 : 100]));

describe('OIT scoring (SCORING.md)', () => {
  it('reproduces the worked example to two decimals', () => {
    const scores = allWith(['O3', 'O17', 'O24', 'O31', 'O36']);
    const shown = displayScore(computeOitScore(items, scores, { iit: 29, eit: 28.5 }));
    expect(shown.subindicators).toEqual({
      '9.1': 88.89,
      '9.2': 87.5,
      '9.3': 85.71,
      '9.4': 100,
      '9.5': 80,
      '10.1': 87.5,
      '10.2': 100,
    });
    expect(shown.indicators).toEqual({ '9': 88.42, '10': 93.75 });
    expect(shown.oitPercent).toBe(91.09);
    expect(shown.oitWeighted).toBe(36.43);
    expect(shown.total).toBe(93.93);
    expect(shown.level).toBe('A');
  });

  it('keeps full precision inside and rounds only for display', () => {
    const raw = computeOitScore(items, allWith(['O3', 'O17', 'O24', 'O31', 'O36']));
    expect(raw.indicators['9']).toBeCloseTo((800 / 9 + 87.5 + 600 / 7 + 100 + 80) / 5, 10);
    // Summing rounded parts would give 29 + 28.5 + 36.43 = 93.93 too, but from 36.4337…
    expect(raw.oitWeighted).toBeCloseTo(36.4337, 3);
    expect(raw.total).toBeUndefined();
  });

  it('averages sub-indicators, not items, into an indicator', () => {
    // 10.1 has 8 items and 10.2 two: missing both of 10.2 halves indicator 10.
    const raw = computeOitScore(items, allWith(['O42', 'O43']));
    expect(raw.indicators['10']).toBe(50);
    expect(raw.oitPercent).toBe(75);
    expect(raw.oitWeighted).toBe(30);
  });

  it('scores every item missing as zero and all present as forty points', () => {
    expect(computeOitScore(items, {}).oitWeighted).toBe(0);
    expect(computeOitScore(items, allWith([])).oitWeighted).toBe(40);
    expect(computeOitScore(items, allWith([]), { iit: 30, eit: 30 }).level).toBe('AA');
  });

  it.each([
    [100, 'AA'],
    [95, 'AA'],
    [94.99, 'A'],
    [94.994, 'A'],
    [94.995, 'AA'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('puts %d in level %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });

  it.each([
    [1.005, 1.01],
    [84.995, 85],
    [88.888888, 88.89],
    [2.675, 2.68],
    [36.4337, 36.43],
    [0.000001, 0],
    [100, 100],
  ])('rounds %d half up to %d', (value, rounded) => {
    expect(roundHalfUp2(value)).toBe(rounded);
  });

  it('tells what each missing item would add, largest first', () => {
    const gains = whatIf(items, allWith(['O3', 'O42', 'O43']));
    expect(gains.map((g) => g.code)).toEqual(['O42', 'O43', 'O3']);
    // One of two items of 10.2: +50 on 10.2, +25 on indicator 10, +12.5 OIT %, +5 points.
    expect(gains[0]).toEqual({ code: 'O42', points: 5, oitPercent: 12.5 });
    // One of nine items of 9.1: 100/9/5/2 = 1.11 OIT %, 0.44 points.
    expect(gains[2]).toEqual({ code: 'O3', points: 0.44, oitPercent: 1.11 });
  });
});
