// What the suggester reads of a document and of a catalog item, as features (text-features.ts):
// the subject and the body apart, since a subject says what the memo is and a body also names
// the documents it follows from; and cues of the period and kind that words alone miss.
import type { CatalogItem, PeriodRule } from '../catalog/catalog-format';
import { readParagraphs, ROLE_WEIGHT } from './memo-body';
import { namedPeriod } from './period-fit';
import { addFeatures, addMarker, addWords, Features, weightedWords } from './text-features';

export type SuggestKind = 'memo' | 'announcement' | 'order' | 'letter' | 'file' | 'web';

export interface DocumentText {
  fiscalYear: number;
  subject: string;
  text?: string;
  kind?: SuggestKind;
}

/**
 * The start of the body read: two to four paragraphs and the closing line of a real memo are
 * 600 to 2,000 characters; what follows (tables, attached lists) adds noise and time.
 */
export const MAX_BODY = 3_000;

const PERIOD_CUE: Partial<Record<PeriodRule, string>> = {
  'previous-fiscal-year': '@previous-year',
  '6-month': '@six-month',
  monthly: '@monthly',
};
export function itemFeatures(item: CatalogItem, cue: number): Features {
  const features = addFeatures(new Map(), item.name, 2);
  addFeatures(features, item.evidenceText, 1);
  addFeatures(features, item.subindicatorName, 0.5);
  const marker = PERIOD_CUE[item.period];
  if (marker) addMarker(features, marker, cue);
  if (/ประกาศ/.test(`${item.name} ${item.evidenceText}`)) {
    addMarker(features, '@announcement', cue / 2);
  }
  return features;
}

/** The subject's words and the cues of its period and kind. */
export function subjectFeatures(doc: DocumentText, cue: number): Features {
  const features = addFeatures(new Map(), doc.subject, 2);
  const named = namedPeriod(doc.subject, doc.fiscalYear);
  if (named.previousYear) addMarker(features, '@previous-year', cue);
  if (named.sixMonth) addMarker(features, '@six-month', cue);
  if (named.monthly) addMarker(features, '@monthly', cue);
  if (doc.kind === 'announcement') addMarker(features, '@announcement', cue / 2);
  return features;
}

/** The body's words, each paragraph weighed by its role; null when there is no body. */
export function bodyFeatures(text: string | undefined): Features | null {
  if (!text?.trim()) return null;
  const features: Features = new Map();
  for (const { role, text: paragraph } of readParagraphs(text.slice(0, MAX_BODY))) {
    addWords(features, weightedWords(paragraph, ROLE_WEIGHT[role]));
  }
  return features.size > 0 ? features : null;
}
