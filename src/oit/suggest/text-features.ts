// Words of Thai text as weighted features: dictionary words from Intl.Segmenter (Paperless-ngx's
// \b\w+\b leaves unspaced Thai as whole phrases), joined pairs to recover compounds the
// segmenter splits ("จัด|ซื้อ|จัด|จ้าง"), minus words every office document carries. Words that
// follow "ตาม" in the same phrase name another document ("รายงานผลการดำเนินการตามแผน…" is a
// report, not the plan): they count for less.
import { thaiWords } from '../../common/thai/thai-words';

/** Function words, and words of every office's name and every memo's boilerplate. */
const STOPWORDS = new Set(
  [
    'การ ความ ของ และ ที่ ใน ให้ ได้ มี เป็น หรือ จาก กับ เพื่อ โดย ต่อ แก่ ซึ่ง ไป มา แล้ว',
    'อย่าง น้อย เช่น ฯ ฯลฯ ทั้ง แต่ละ นี้ นั้น ว่า จะ ไม่ ถ้า ต้อง ขอ เรื่อง เรียน',
    'สำนักงาน เขต พื้นที่ ศึกษา มัธยมศึกษา ประถมศึกษา พ.ศ ศธ ปีงบประมาณ หน่วยงาน จังหวัด',
    'สพม สพป ผอ จึง โปรด ทราบ ดัง นี้ ดังกล่าว แนบ รายละเอียด',
    // What the addressee is asked to do (ขออนุมัติ, ขออนุญาต, ขอลงนาม), not what the memo is.
    'อนุมัติ อนุญาต ลงนาม พิจารณา',
    // Months date a document; its period is read apart (period-fit.ts).
    'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม',
    'พฤศจิกายน ธันวาคม ม.ค ก.พ มี.ค เม.ย พ.ค มิ.ย ก.ค ส.ค ก.ย ต.ค พ.ย ธ.ค',
  ]
    .join(' ')
    .split(' '),
);

/** Four-digit numbers are years or document numbers: they say when, not what. */
const YEAR_LIKE = /^\d{3,}$/;
/** Amounts, percentages and dates ("52.10", "1,246") say how much, not what. */
const AMOUNT = /^\d[\d.,]*[.,]\d/;
/** Small numbers ("รอบ 6 เดือน", "ไตรมาสที่ 2") mean something only next to their words. */
const SMALL_NUMBER = /^\d{1,2}$/;
const NUMBER_WEIGHT = 0.25;

/** Words after which a phrase names another document: "ตามแผน…", "เทียบกับแผน…". */
const REFERENCE = new Set(['ตาม', 'เทียบ']);
/** Weight of the word that names the document referred to (its kind: แผน, มาตรการ, ประกาศ…). */
export const MENTION_WEIGHT = 0.3;
/** Weight of the rest of its name: what the plan is about still says something. */
export const MENTIONED_TOPIC_WEIGHT = 0.6;
/** Words after which a phrase is the name of a unit ("กลุ่มนโยบายและแผน"), not a topic… */
const UNIT = new Set(['กลุ่ม']);
/** …up to what the unit did ("กลุ่มบริหารงานบุคคลได้จัดทำคู่มือ"). */
const UNIT_DID = new Set(['ได้', 'จึง', 'ขอ', 'จะ', 'มี', 'เห็น', 'ร่วม', 'ต้อง']);

/** Office usage that the catalog words another way. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/เบิกจ่าย/g, 'ใช้จ่าย'],
  // Officers title every report "รายงานผลการ…"; the catalog says it of some items only.
  [/รายงานผล(?:การ)?/g, 'รายงาน'],
  [/ความคืบหน้า/g, 'ความก้าวหน้า'],
  [/แผนปฏิบัติการประจำปี/g, 'แผนปฏิบัติราชการประจำปี'],
];

const inCatalogWords = (text: string): string =>
  SYNONYMS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);

/** Significant words of a text, in order. */
export function significantWords(text: string): string[] {
  return thaiWords(text).filter(isSignificant);
}

const isSignificant = (w: string): boolean =>
  !STOPWORDS.has(w) && !YEAR_LIKE.test(w) && !AMOUNT.test(w);

export interface WeightedWord {
  word: string;
  weight: number;
}

/**
 * Significant words with their weight: `weight`, or a share of it for the word that follows
 * "ตาม" in the same phrase (Thai separates phrases, not words, by spaces): what a report
 * follows is named, not what it is. What the plan is about stays at full weight.
 */
export function weightedWords(text: string, weight = 1): WeightedWord[] {
  const out: WeightedWord[] = [];
  for (const phrase of inCatalogWords(text).split(/\s+/)) {
    let share = 1;
    let unit = false;
    for (const word of thaiWords(phrase)) {
      if (UNIT.has(word) || (unit && !UNIT_DID.has(word))) {
        unit = true;
        continue;
      }
      unit = false;
      if (REFERENCE.has(word)) share = MENTION_WEIGHT;
      else if (isSignificant(word)) {
        const w = weight * share * (SMALL_NUMBER.test(word) ? NUMBER_WEIGHT : 1);
        out.push({ word, weight: w });
        if (share < 1) share = MENTIONED_TOPIC_WEIGHT;
      }
    }
  }
  return out;
}

export type Features = Map<string, number>;

/** Adds each word's weight, and half the lesser weight for each adjacent pair. */
export function addWords(into: Features, words: readonly WeightedWord[]): Features {
  for (let i = 0; i < words.length; i++) {
    const { word, weight } = words[i];
    into.set(word, (into.get(word) ?? 0) + weight);
    if (i > 0) {
      const pair = `${words[i - 1].word}_${word}`;
      const w = Math.min(weight, words[i - 1].weight) / 2;
      into.set(pair, (into.get(pair) ?? 0) + w);
    }
  }
  return into;
}

/** Adds the words of `text` at `weight` (see weightedWords). */
export const addFeatures = (into: Features, text: string, weight = 1): Features =>
  addWords(into, weightedWords(text, weight));

export const addMarker = (into: Features, marker: string, weight: number): Features =>
  into.set(marker, (into.get(marker) ?? 0) + weight);

/** Scales features by inverse document frequency (term frequency damped) and to unit length. */
export function weigh(features: Features, idf: (term: string) => number): Features {
  const out: Features = new Map();
  let norm = 0;
  for (const [term, tf] of features) {
    const w = Math.sqrt(tf) * idf(term);
    if (w <= 0) continue;
    out.set(term, w);
    norm += w * w;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (const [t, w] of out) out.set(t, w / length);
  return out;
}

export function cosine(a: Features, b: Features): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
