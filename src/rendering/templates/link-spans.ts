// Web addresses and e-mail addresses inside document text. Their digits must stay ASCII: a
// printed "https://www.example.go.th/๒๕๖๘" is not the address the author wrote.
import { toThaiDigits } from '../../common/thai/thai-format';

export interface Span {
  start: number;
  end: number;
}

// An address runs until white space (NBSP included), a character URLs never hold unescaped
// (<>"`), or Thai script, which in Thai prose often follows it without a space; trailing
// punctuation belongs to the sentence.
const URL =
  /(?<![A-Za-z0-9])(?:https?:\/\/|www\.)[^\s<>"`\u0E00-\u0E7F]*[^\s<>"`\u0E00-\u0E7F.,;:!?')\]]/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const spansOf = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Where the web and e-mail addresses of `text` are, in order, without overlaps. */
export function linkSpans(text: string): Span[] {
  const all = [...spansOf(text, URL), ...spansOf(text, EMAIL)].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** ASCII digits as Thai digits, except inside web and e-mail addresses. */
export function toThaiDigitsOutsideLinks(text: string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of linkSpans(text)) {
    out += toThaiDigits(text.slice(from, start)) + text.slice(start, end);
    from = end;
  }
  return out + toThaiDigits(text.slice(from));
}
