import {
  compileRule,
  compileRuleSet,
  fitsOfficeBudget,
  InvalidRuleError,
  largestRepeat,
  MAX_OFFICE_PROGRAM_SIZE,
  MAX_RULE_TEXT,
  normalizeForRules,
  RuleSpec,
  RuleTooComplexError,
} from './rule-matcher';

const regex = (pattern: string): RuleSpec => ({ itemCode: 'O1', kind: 'regex', pattern });

/** Processor time of this worker, in ms: unlike wall time it does not grow with others' load. */
const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

/** Texts that keep many NFA threads alive (long runs of letters, few anchors to stop at). */
function adversarialTexts(length: number): string[] {
  let seed = 7;
  const pick = (alphabet: string) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return alphabet[seed % alphabet.length];
  };
  const random = (alphabet: string) => Array.from({ length }, () => pick(alphabet)).join('');
  return [`${'a'.repeat(length - 1)}z`, random('ab'), random('abc'), random('กขคงจ'), random('a1')];
}

/** The costliest patterns measured within the bounds (each near 300 instructions). */
const WORST_ACCEPTED = [
  '\\pL{1,100}z',
  '\\pL{1,49}a\\pL{1,49}b\\pL{1,49}z',
  '\\pL{1,74}\\pL{1,74}z',
  '(\\pL|\\pN){1,74}z',
  '[^z]{1,100}[^y]{1,48}x',
  '(a{1,49}|b{1,49}|\\pL{1,49})z',
];

describe('rule bounds', () => {
  it('finds the largest counted repetition, ignoring braces of escapes and classes', () => {
    expect(largestRepeat('\\pL{1,1000}z')).toBe(1000);
    expect(largestRepeat('a{3}b{2,7}c{150,}')).toBe(150);
    expect(largestRepeat('\\p{Thai}{2,5}')).toBe(5);
    expect(largestRepeat('[{]{1,2}')).toBe(2);
    expect(largestRepeat('\\{1000\\}')).toBe(0);
    expect(largestRepeat('\\Q{1000}\\E')).toBe(0);
    expect(largestRepeat('x{,500}')).toBe(0);
    expect(largestRepeat('\\\\{1,200}')).toBe(200);
  });

  it.each([
    ['a repeat count above 100', '\\pL{1,1000}z'],
    ['a repeat count of 101', 'a{101}'],
    ['an open count above 100', 'ก{101,}'],
    ['nested repeats', '((\\pL{1,10}){1,10}){1,3}'],
    ['a program over 300 instructions', '(a|b)*a(a|b){100}z'],
    ['a count written with Thai digits', 'a{๑๐๐๐}'],
  ])('refuses %s as too complex', (_name, pattern) => {
    expect(() => compileRule(regex(pattern))).toThrow(RuleTooComplexError);
  });

  it('tells a malformed pattern from a costly one', () => {
    expect(() => compileRule(regex('(unclosed'))).toThrow(InvalidRuleError);
    expect(() => compileRule(regex('(unclosed'))).not.toThrow(RuleTooComplexError);
  });

  it('accepts the costliest patterns within the bounds and counts their instructions', () => {
    for (const pattern of WORST_ACCEPTED) {
      const rule = compileRule(regex(pattern));
      expect(rule.cost).toBeGreaterThan(200);
      expect(rule.cost).toBeLessThanOrEqual(300);
    }
    expect(compileRule({ itemCode: 'O1', kind: 'any', pattern: 'สขร' }).cost).toBe(0);
  });

  it('reads at most the first 2,000 characters of a text', () => {
    const rule = compileRule(regex('ท้ายสุด'));
    expect(rule.matches(normalizeForRules(`${'ก'.repeat(1_990)}ท้ายสุด`))).toBe(true);
    expect(rule.matches(normalizeForRules(`${'ก'.repeat(MAX_RULE_TEXT)}ท้ายสุด`))).toBe(false);
  });

  it('keeps the worst accepted rule under 100 ms of CPU on any text', () => {
    // `\pL{1,1000}z` took about 4 s here on a 20,000-character text before the bounds.
    const texts = adversarialTexts(100_000).map(normalizeForRules);
    const rules = WORST_ACCEPTED.map((p) => compileRule(regex(p)));
    for (const rule of rules) texts.forEach((t) => rule.matches(t.slice(0, 200))); // warm up
    const worst = Math.max(
      ...rules.flatMap((rule) => texts.map((t) => cpuMs(() => rule.matches(t)))),
    );
    // About 30 ms on a loaded two-core machine; 210 ms if the text were read to 20,000 characters.
    expect(worst).toBeLessThan(100);
  });

  it('keeps an office within 200 rules and 1,200 regex instructions', () => {
    const costly = compileRule(regex('\\pL{1,100}z'));
    const full = Array.from(
      { length: Math.floor(MAX_OFFICE_PROGRAM_SIZE / costly.cost) },
      () => costly,
    );
    expect(fitsOfficeBudget(full.slice(1), costly)).toBe(true);
    expect(fitsOfficeBudget(full, costly)).toBe(false);
    const words = compileRule({ itemCode: 'O1', kind: 'any', pattern: 'สขร' });
    expect(
      fitsOfficeBudget(
        Array.from({ length: 199 }, () => words),
        words,
      ),
    ).toBe(true);
    expect(
      fitsOfficeBudget(
        Array.from({ length: 200 }, () => words),
        words,
      ),
    ).toBe(false);
  });

  it('leaves out stored rules beyond today’s bounds, oldest kept first', () => {
    const specs = [
      regex('\\pL{1,1000}z'),
      ...Array.from({ length: 7 }, () => regex('\\pL{1,100}z')),
      { itemCode: 'O2', kind: 'any' as const, pattern: 'สขร' },
    ];
    const { rules, refused } = compileRuleSet(specs);
    expect(rules.map((r) => r.itemCode)).toEqual(['O1', 'O1', 'O1', 'O1', 'O1', 'O2']);
    expect(refused.map((r) => r.reason)).toEqual([
      expect.stringContaining('repeat counts'),
      'over the office budget',
      'over the office budget',
    ]);
  });
});
