// Coordinator rules, matched like Paperless-ngx's any / all / exact / regex. Regular expressions
// run on RE2 (re2js): time is linear in the text, but its factor is the compiled program's size
// (`\pL{1,1000}z` is 2,002 instructions and took seconds on 20,000 characters). So programs and
// texts are both bounded, and each rule is compiled once per change of the office's rules.
import { RE2JS } from 're2js';
import { fromThaiDigits } from '../../common/thai/thai-format';
import type { RuleKind } from '../entities/oit-rule.entity';

export const MAX_PATTERN_LENGTH = 200;
/** Counted repetitions above this are refused: each count copies what it repeats. */
export const MAX_REPEAT = 100;
/** RE2 instructions of one rule; `\pL{1,100}z` is 202. */
export const MAX_PROGRAM_SIZE = 300;
/** Instructions of all of an office's regular expressions together: every suggestion runs them. */
export const MAX_OFFICE_PROGRAM_SIZE = 1_200;
export const MAX_RULES = 200;
/** Rules read the start of subject and body: the subject and the first page of any real memo. */
export const MAX_RULE_TEXT = 2_000;

export interface RuleSpec {
  itemCode: string;
  kind: RuleKind;
  pattern: string;
}

export interface CompiledRule extends RuleSpec {
  /** RE2 instructions (0 for word rules): what the office's budget counts. */
  cost: number;
  matches(normalizedText: string): boolean;
}

export class InvalidRuleError extends Error {}
/** A valid regular expression that would cost too much on every suggestion. */
export class RuleTooComplexError extends InvalidRuleError {}

/** Text as rules see it: composed, Thai digits as ASCII, lower case, at most MAX_RULE_TEXT. */
export const normalizeForRules = (text: string): string =>
  fromThaiDigits(text.slice(0, MAX_RULE_TEXT).normalize('NFC'))
    .toLowerCase()
    .slice(0, MAX_RULE_TEXT);

const words = (pattern: string): string[] =>
  normalizeForRules(pattern)
    .split(/\s+/)
    .filter((w) => w.length > 0);

/** Escapes (`\Q…\E`, `\p{Thai}`, `\{`) and classes (`[{]`) hold braces that are no counts. */
const ESCAPE = /\\(?:Q[\s\S]*?(?:\\E|$)|[pPx]\{[^}]*\}|[\s\S])/g;
const CLASS = /\[\^?\]?[^\]]*\]/g;
const COUNT = /\{(\d+)(?:,(\d*))?\}/g;

/** The largest count of `{n}`, `{n,}` or `{n,m}` in a pattern. */
export function largestRepeat(pattern: string): number {
  const plain = pattern.replace(ESCAPE, 'e').replace(CLASS, 'c');
  let largest = 0;
  for (const [, min, max] of plain.matchAll(COUNT)) {
    largest = Math.max(largest, Number(min), Number(max || 0));
  }
  return largest;
}

function compileRegex(pattern: string): RE2JS {
  const source = fromThaiDigits(pattern);
  if (largestRepeat(source) > MAX_REPEAT) {
    throw new RuleTooComplexError(`repeat counts may be at most ${MAX_REPEAT}`);
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new InvalidRuleError(error instanceof Error ? error.message : String(error));
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    throw new RuleTooComplexError(
      `compiles to ${re.programSize()} instructions, more than ${MAX_PROGRAM_SIZE}`,
    );
  }
  return re;
}

/** Compiles a rule, throwing InvalidRuleError (or RuleTooComplexError) with the reason. */
export function compileRule(spec: RuleSpec): CompiledRule {
  const pattern = spec.pattern.trim();
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) {
    throw new InvalidRuleError(`pattern must have 1 to ${MAX_PATTERN_LENGTH} characters`);
  }
  switch (spec.kind) {
    case 'any': {
      const list = words(pattern);
      return { ...spec, cost: 0, matches: (t) => list.some((w) => t.includes(w)) };
    }
    case 'all': {
      const list = words(pattern);
      return { ...spec, cost: 0, matches: (t) => list.every((w) => t.includes(w)) };
    }
    case 'exact': {
      const phrase = normalizeForRules(pattern);
      return { ...spec, cost: 0, matches: (t) => t.includes(phrase) };
    }
    case 'regex': {
      const re = compileRegex(pattern);
      // find() runs the NFA (or the bit-state backtracker): at most text × program steps. test()
      // takes the lazy DFA, which a pattern like `\pL{1,49}a\pL{1,49}b\pL{1,49}z` makes build a
      // state at almost every character: several times slower than the NFA at its worst.
      return { ...spec, cost: re.programSize(), matches: (t) => re.matcher(t).find() };
    }
  }
}

/** Whether an office's rules may take one more: at most MAX_RULES and the regex budget. */
export function fitsOfficeBudget(rules: readonly CompiledRule[], next: CompiledRule): boolean {
  const cost = rules.reduce((sum, r) => sum + r.cost, next.cost);
  return rules.length < MAX_RULES && cost <= MAX_OFFICE_PROGRAM_SIZE;
}

/**
 * An office's stored rules, oldest first, as the suggester runs them: rules that no longer
 * compile or would exceed the office's budget (saved before these bounds) are left out.
 */
export function compileRuleSet<T extends RuleSpec>(
  specs: readonly T[],
): { rules: CompiledRule[]; refused: Array<{ spec: T; reason: string }> } {
  const rules: CompiledRule[] = [];
  const refused: Array<{ spec: T; reason: string }> = [];
  for (const spec of specs) {
    try {
      const rule = compileRule(spec);
      if (fitsOfficeBudget(rules, rule)) rules.push(rule);
      else refused.push({ spec, reason: 'over the office budget' });
    } catch (error) {
      if (!(error instanceof InvalidRuleError)) throw error;
      refused.push({ spec, reason: error.message });
    }
  }
  return { rules, refused };
}
