// Coordinator rules, matched like Paperless-ngx's any / all / exact / regex. Regular expressions
// run on RE2 (re2js): matching time is linear in the text, so no pattern can hang the server.
import { RE2JS } from 're2js';
import { fromThaiDigits } from '../../common/thai/thai-format';
import type { RuleKind } from '../entities/oit-rule.entity';

export const MAX_PATTERN_LENGTH = 200;
/** Rules look at the subject and the start of the body; enough for any real memo. */
const MAX_TEXT_LENGTH = 20_000;

export interface RuleSpec {
  itemCode: string;
  kind: RuleKind;
  pattern: string;
}

export interface CompiledRule extends RuleSpec {
  matches(normalizedText: string): boolean;
}

export class InvalidRuleError extends Error {}

/** Text as rules see it: composed, Thai digits as ASCII, lower case, bounded length. */
export const normalizeForRules = (text: string): string =>
  fromThaiDigits(text.normalize('NFC')).toLowerCase().slice(0, MAX_TEXT_LENGTH);

const words = (pattern: string): string[] =>
  normalizeForRules(pattern)
    .split(/\s+/)
    .filter((w) => w.length > 0);

/** Compiles a rule, throwing InvalidRuleError with the reason when it cannot be used. */
export function compileRule(spec: RuleSpec): CompiledRule {
  const pattern = spec.pattern.trim();
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) {
    throw new InvalidRuleError(`pattern must have 1 to ${MAX_PATTERN_LENGTH} characters`);
  }
  switch (spec.kind) {
    case 'any': {
      const list = words(pattern);
      return { ...spec, matches: (t) => list.some((w) => t.includes(w)) };
    }
    case 'all': {
      const list = words(pattern);
      return { ...spec, matches: (t) => list.every((w) => t.includes(w)) };
    }
    case 'exact': {
      const phrase = normalizeForRules(pattern);
      return { ...spec, matches: (t) => t.includes(phrase) };
    }
    case 'regex': {
      let re: RE2JS;
      try {
        re = RE2JS.compile(fromThaiDigits(pattern), RE2JS.CASE_INSENSITIVE);
      } catch (error) {
        throw new InvalidRuleError(error instanceof Error ? error.message : String(error));
      }
      return { ...spec, matches: (t) => re.test(t) };
    }
  }
}
