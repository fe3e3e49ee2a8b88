import { fromThaiDigits } from './thai-format';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Words of Thai (or mixed) text: unspaced Thai is split by the platform's dictionary segmenter,
 * digits are folded to ASCII and Latin letters to lower case, punctuation is dropped.
 */
export function thaiWords(text: string): string[] {
  const normalized = fromThaiDigits(text.normalize('NFC')).toLowerCase();
  const words: string[] = [];
  for (const part of segmenter.segment(normalized)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/** Space-separated words with a leading and trailing space, so `LIKE '% word%'` matches a word start. */
export const searchableText = (...texts: string[]): string =>
  ` ${thaiWords(texts.join(' ')).join(' ')} `;
