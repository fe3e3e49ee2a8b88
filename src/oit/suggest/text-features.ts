// Words of Thai text as weighted features: dictionary words from Intl.Segmenter (Paperless-ngx's
// \b\w+\b leaves unspaced Thai as whole phrases), joined pairs to recover compounds the
// segmenter splits ("จัด|ซื้อ|จัด|จ้าง"), minus words every office document carries.
import { thaiWords } from '../../common/thai/thai-words';

/** Function words, and words of every office's name and every subject's boilerplate. */
const STOPWORDS = new Set([
  'การ',
  'ความ',
  'ของ',
  'และ',
  'ที่',
  'ใน',
  'ให้',
  'ได้',
  'มี',
  'เป็น',
  'หรือ',
  'จาก',
  'กับ',
  'เพื่อ',
  'โดย',
  'ต่อ',
  'แก่',
  'ซึ่ง',
  'ไป',
  'มา',
  'แล้ว',
  'อย่าง',
  'น้อย',
  'เช่น',
  'ฯ',
  'ฯลฯ',
  'ทั้ง',
  'แต่ละ',
  'นี้',
  'นั้น',
  'ว่า',
  'จะ',
  'ไม่',
  'ถ้า',
  'ต้อง',
  'ขอ',
  'เรื่อง',
  'เรียน',
  'สำนักงาน',
  'เขต',
  'พื้นที่',
  'ศึกษา',
  'มัธยมศึกษา',
  'ประถมศึกษา',
  'พ.ศ',
  'ศธ',
  'ปีงบประมาณ',
  'หน่วยงาน',
  'จังหวัด',
  'สพม',
  'สพป',
  'ผอ',
]);

/** Four-digit numbers are years or document numbers: they say when, not what. */
const YEAR_LIKE = /^\d{3,}$/;

/** Significant words of a text, in order. */
export function significantWords(text: string): string[] {
  return thaiWords(text).filter((w) => !STOPWORDS.has(w) && !YEAR_LIKE.test(w));
}

export type Features = Map<string, number>;

/** Adds `weight` for each word and half of it for each adjacent pair. */
export function addFeatures(into: Features, text: string, weight = 1): Features {
  const words = significantWords(text);
  for (let i = 0; i < words.length; i++) {
    into.set(words[i], (into.get(words[i]) ?? 0) + weight);
    if (i > 0) {
      const pair = `${words[i - 1]}_${words[i]}`;
      into.set(pair, (into.get(pair) ?? 0) + weight / 2);
    }
  }
  return into;
}

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
