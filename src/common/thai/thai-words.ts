import { TEXT_COLUMN_BYTES } from '../validation/max-stored-bytes';
import { fromThaiDigits } from './thai-format';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Words of Thai (or mixed) text: unspaced Thai is split by the platform's dictionary segmenter,
 * digits are folded to ASCII and Latin letters to lower case, punctuation is dropped.
 */
export function thaiWords(text: string): string[] {
  const normalized = fromThaiDigits(text.normalize('NFC')).toLowerCase();
  const words: string[] = [];
  // Whitespace always ends a word; segmenting between spaces keeps the work linear, where V8
  // walks one long string's segments in quadratic time (20,000 words: 1.4 s).
  for (const run of normalized.split(/\s+/)) {
    if (!run) continue;
    for (const part of segmenter.segment(run)) {
      if (part.isWordLike) words.push(part.segment);
    }
  }
  return words;
}

/**
 * Each distinct word once, space-separated with a leading and trailing space, so
 * `LIKE '% word%'` matches a word start. Search ANDs single words, so repeats add nothing; the
 * words that would overflow a TEXT column (only in a body near its own limit) are left out.
 */
export function searchableText(...texts: string[]): string {
  let text = ' ';
  let bytes = 1;
  for (const word of new Set(thaiWords(texts.join(' ')))) {
    const size = Buffer.byteLength(word, 'utf8') + 1;
    if (bytes + size > TEXT_COLUMN_BYTES) break;
    text += `${word} `;
    bytes += size;
  }
  return text;
}
