// Thai words the printed documents keep on one line (issue 21, R1, M6, N7). Chromium breaks Thai
// lines where ICU's dictionary sees a word boundary, and ICU gets this office's vocabulary wrong
// ("ผู้อำนวยการก|ลุ่ม", "จัดกิจกร|รมฯ", "ธร|รมาภิ|บาล"). Text is printed as escaped pieces: listed
// words, words before ฯ and dates inside a no-break span, with a <wbr> where a line may break
// between two kept words. Neither adds a character, so copied and extracted text stays as typed.
import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Span } from './link-spans';

const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const SHORT_MONTHS = 'ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.';
const DIGITS = '[0-9๐-๙]';
const MONTH = `(?:${THAI_MONTHS.join('|')}|${SHORT_MONTHS.replace(/\./g, '\\.')})`;
const ERA = '(?:พ\\.ศ\\.|ค\\.ศ\\.)';
/** "๒๐ ธันวาคม ๒๕๖๕", "๑๙ เดือน มกราคม พ.ศ. ๒๕๖๔", "๒ พ.ค. ๖๕", "พ.ศ. ๒๕๖๕", "พ.ศ.๒๕๖๕". */
const DATES = new RegExp(
  [
    `(?<![0-9๐-๙])${DIGITS}{1,2}\\s(?:เดือน\\s)?${MONTH}(?:\\s(?:${ERA}\\s?)?${DIGITS}{2,4})?`,
    `${ERA}\\s?${DIGITS}{2,4}`,
  ].join('|'),
  'g',
);
/** A dot closing a Thai abbreviation, followed by a Thai word: "สพม.|นครพนม" may break. */
const ABBREVIATION_END =
  /(?<=[\u0E01-\u0E2E]\.)(?=[\u0E01-\u0E2E\u0E40-\u0E44](?![\u0E01-\u0E2E]?\.))/g;
const THAI_ELLIPSIS = 'ฯ';

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words from a list file: one a line, `#` comments and blank lines ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function readWordList(file: string): string[] {
  if (!existsSync(file)) throw new Error(`Word list ${file} does not exist`);
  return parseWordList(readFileSync(file, 'utf8'));
}

export class UnbreakableWords {
  private readonly pattern: RegExp | null;
  private readonly segmenter = new Intl.Segmenter('th', { granularity: 'word' });

  constructor(words: readonly string[]) {
    const unique = [...new Set(words.filter((w) => !/\s/.test(w)))];
    // Longest first: at one position the alternation takes the first that matches.
    unique.sort((a, b) => b.length - a.length);
    this.pattern = unique.length ? new RegExp(unique.map(escapeRegExp).join('|'), 'g') : null;
  }

  /** The ranges of `text` printed whole, in order, without overlaps. */
  keptRanges(text: string): Span[] {
    const ranges = [...this.listed(text), ...datesOf(text)];
    ranges.push(...this.beforeEllipsis(text, ranges));
    return merge(ranges);
  }

  /** `text` as HTML: escaped, kept ranges in `<span class="nw">`, breaks between them. */
  html(text: string): Handlebars.SafeString {
    const kept = this.keptRanges(text);
    const breaks = this.extraBreaks(text, kept);
    const out: string[] = [];
    let from = 0;
    const loose = (to: number) => {
      for (const at of breaks.filter((b) => b > from && b < to)) {
        out.push(Handlebars.escapeExpression(text.slice(from, at)), '<wbr>');
        from = at;
      }
      out.push(Handlebars.escapeExpression(text.slice(from, to)));
    };
    for (const range of kept) {
      loose(range.start);
      if (breaks.includes(range.start)) out.push('<wbr>');
      const word = Handlebars.escapeExpression(text.slice(range.start, range.end));
      out.push(`<span class="nw">${word}</span>`);
      from = range.end;
    }
    loose(text.length);
    return new Handlebars.SafeString(out.join(''));
  }

  /**
   * Where a line may break that Chromium would not break by itself: before a kept word where
   * ICU sees a word boundary, between two kept words where it may not ("ผู้อำนวยการ|กลุ่ม"),
   * and after an abbreviation's dot ("สพม.|นครพนม", N7). Not before a kept word ICU reads as
   * the middle of a word: that would add a break ICU rightly refused ("ข้า|ราชการ").
   */
  private extraBreaks(text: string, kept: Span[]): number[] {
    const boundaries = new Set(
      [...this.segmenter.segment(text.replace(/ฯ/g, ' '))].map((s) => s.index),
    );
    const breaks = kept
      .filter((r, i) => boundaries.has(r.start) || (i > 0 && kept[i - 1].end === r.start))
      .map((r) => r.start);
    for (const m of text.matchAll(ABBREVIATION_END)) {
      if (!kept.some((r) => r.start < m.index && m.index < r.end)) breaks.push(m.index);
    }
    return [...new Set(breaks)].filter((b) => b > 0).sort((a, b) => a - b);
  }

  private listed(text: string): Span[] {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length + (text[m.index + m[0].length] === THAI_ELLIPSIS ? 1 : 0),
    }));
  }

  /**
   * The word before each ฯ not yet kept, with the ฯ ("กิจกรรมฯ", "ประกาศ ฯ"). ICU segments
   * words before ฯ wrongly, and rightly once the ฯ is read as a space.
   */
  private beforeEllipsis(text: string, kept: Span[]): Span[] {
    const spans: Span[] = [];
    const spaced = text.replace(/ฯ/g, ' ');
    const words = [...this.segmenter.segment(spaced)].filter((s) => s.isWordLike);
    for (let at = text.indexOf(THAI_ELLIPSIS); at >= 0; at = text.indexOf(THAI_ELLIPSIS, at + 1)) {
      if (kept.some((r) => r.start <= at && at < r.end)) continue;
      const word = words.filter((w) => w.index < at).pop();
      const start = word && /^\s?$/.test(text.slice(word.index + word.segment.length, at));
      spans.push({ start: start ? word.index : at, end: at + 1 });
    }
    return spans;
  }
}

function datesOf(text: string): Span[] {
  return [...text.matchAll(DATES)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function merge(ranges: Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
