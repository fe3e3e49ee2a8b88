// Handlebars helpers for the document templates. Each returns plain text that Handlebars then
// escapes, except qrCode, whose markup is generated here and carries no user text.
import Handlebars from 'handlebars';
import {
  formatThaiDate,
  formatThaiShortDate,
  formatThaiTime,
  thaiNumeral,
} from '../../common/thai/thai-format';
import { SECRECY_TH, Secrecy, URGENCY_TH, Urgency } from '../../memo/memo.enums';
import { qrSvg } from '../assets/qr-svg';
import { toThaiDigitsOutsideLinks } from './link-spans';
import type { UnbreakableWords } from './unbreakable-words';

type HelperArgs = unknown[];

function asDate(value: unknown, helper: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`{{${helper}}} needs a valid Date, got ${String(value)}`);
  }
  return value;
}

function asIndex(value: unknown, helper: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`{{${helper}}} needs an @index, got ${String(value)}`);
  }
  return value;
}

function asText(value: unknown, helper: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new TypeError(`{{${helper}}} needs text, got ${typeof value}`);
  }
  return String(value);
}

const cssEscape = (text: string): string =>
  [...text]
    .map((c) => (/^[A-Za-z0-9]$/.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? ''} `))
    .join('');

const isUrgency = (v: unknown): v is Urgency => typeof v === 'string' && v in URGENCY_TH;
const isSecrecy = (v: unknown): v is Secrecy => typeof v === 'string' && v in SECRECY_TH;

/** A last paragraph shorter than this fits on one line of the body (about 90–110 letters). */
const ONE_LINE = 90;

/**
 * Where the paragraphs that go with the signature start: the last one, and the one before when
 * the last is a one-line closing ("จึงเรียนมาเพื่อโปรดทราบ"), so the signature never stands on a
 * page without at least two lines of the text (issue 21, R2).
 */
export function closingStart(paragraphs: readonly string[]): number {
  const n = paragraphs.length;
  if (n === 0) return 0;
  return n >= 2 && paragraphs[n - 1].length < ONE_LINE ? n - 2 : n - 1;
}

function asTextList(value: unknown, helper: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new TypeError(`{{${helper}}} needs a list of paragraphs`);
  }
  return value;
}

interface WithParagraphs {
  paragraphs: unknown;
  structure?: { closingParagraphs: unknown } | null;
}

function asDocument(value: unknown, helper: string): WithParagraphs {
  if (typeof value !== 'object' || value === null || !('paragraphs' in value)) {
    throw new TypeError(`{{${helper}}} needs a document with paragraphs`);
  }
  return value;
}

/**
 * The paragraphs after everything else, whose last lines go with the signature: a structured
 * issuance's closing paragraphs (after its clauses and tables), else its paragraphs.
 */
function tailOf(doc: WithParagraphs): string[] {
  return asTextList(doc.structure ? doc.structure.closingParagraphs : doc.paragraphs, 'tail');
}

/** Helpers by name; every one is registered on the renderer's private Handlebars instance. */
export const TEMPLATE_HELPERS = {
  /**
   * Any text, with ASCII digits written as Thai digits (THAI-DOCS.md: real Thai digits), except
   * in web and e-mail addresses, which must still work when typed from the paper.
   */
  thai: (...args: HelperArgs) => toThaiDigitsOutsideLinks(asText(args[0], 'thai')),
  /** "๑." for @index 0: items numbered as the regulation numbers them. */
  itemNumber: (...args: HelperArgs) => `${thaiNumeral(asIndex(args[0], 'itemNumber') + 1)}.`,
  /** ข้อ ๑ of an order or announcement; ๑. in a letter. */
  clauseNumber: (...args: HelperArgs) => {
    const n = thaiNumeral(asIndex(args[1], 'clauseNumber') + 1);
    return args[0] === 'letter' ? `${n}.` : `ข้อ ${n}`;
  },
  /** ๒.๑ for the parent's @index 1 and @index 0: sub-clauses and committee members. */
  subItemNumber: (...args: HelperArgs) =>
    `${thaiNumeral(asIndex(args[0], 'subItemNumber') + 1)}.${thaiNumeral(asIndex(args[1], 'subItemNumber') + 1)}`,
  /** Paragraphs printed before a structure (all of them); none when there is no structure. */
  headParagraphs: (...args: HelperArgs) => {
    const doc = asDocument(args[0], 'headParagraphs');
    return doc.structure ? asTextList(doc.paragraphs, 'headParagraphs') : [];
  },
  /** See tailOf: split by leadingParagraphs and closingParagraphs around the signature. */
  tailParagraphs: (...args: HelperArgs) => tailOf(asDocument(args[0], 'tailParagraphs')),
  /** ๒๔ พฤศจิกายน ๒๕๖๘ */
  thaiDate: (...args: HelperArgs) => formatThaiDate(asDate(args[0], 'thaiDate')),
  /** The paragraphs before those printed with the signature. */
  leadingParagraphs: (...args: HelperArgs) => {
    const paragraphs = asTextList(args[0], 'leadingParagraphs');
    return paragraphs.slice(0, closingStart(paragraphs));
  },
  /** The paragraphs kept on one page with the signature (closingStart). */
  closingParagraphs: (...args: HelperArgs) => {
    const paragraphs = asTextList(args[0], 'closingParagraphs');
    return paragraphs.slice(closingStart(paragraphs));
  },
  /** ๑๙ มกราคม พ.ศ. ๒๕๖๔: the date line of a ประกาศ or คำสั่ง, as the office prints it (N4). */
  thaiDateEra: (...args: HelperArgs) => {
    const [day, month, year] = formatThaiDate(asDate(args[0], 'thaiDateEra')).split(' ');
    return `${day} ${month} พ.ศ. ${year}`;
  },
  /** ๒ พ.ค. ๖๕, under an endorsement. */
  thaiShortDate: (...args: HelperArgs) => formatThaiShortDate(asDate(args[0], 'thaiShortDate')),
  /** ๑๔.๓๐ น. */
  thaiTime: (...args: HelperArgs) => formatThaiTime(asDate(args[0], 'thaiTime')),
  /** ด่วน / ด่วนมาก / ด่วนที่สุด; empty for normal. */
  urgencyLabel: (...args: HelperArgs) => {
    if (!isUrgency(args[0])) throw new TypeError(`Unknown urgency ${String(args[0])}`);
    return args[0] === 'normal' ? '' : URGENCY_TH[args[0]];
  },
  /** ลับ / ลับมาก; empty for normal. */
  secrecyLabel: (...args: HelperArgs) => {
    if (!isSecrecy(args[0])) throw new TypeError(`Unknown secrecy ${String(args[0])}`);
    return args[0] === 'normal' ? '' : SECRECY_TH[args[0]];
  },
  /** Text for a quoted CSS string: everything but letters and digits as a CSS escape. */
  cssText: (...args: HelperArgs) =>
    new Handlebars.SafeString(cssEscape(asText(args[0], 'cssText'))),
  /** The verification URL as a QR code (generated SVG markup). */
  qrCode: (...args: HelperArgs) => new Handlebars.SafeString(qrSvg(asText(args[0], 'qrCode'), 2.2)),
} as const;

/**
 * Prose helpers, which need the office's word list: `thaiText` is `thai` printed through
 * UnbreakableWords (escaped, then listed words kept whole). Use it for every text that can wrap.
 */
export function proseHelpers(words: UnbreakableWords) {
  return {
    thaiText: (...args: HelperArgs) =>
      words.html(toThaiDigitsOutsideLinks(asText(args[0], 'thaiText'))),
  } as const;
}
