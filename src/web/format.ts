// Thai display helpers for the web pages (THAI-DOCS.md "Dates in code"): Thai digits and
// Buddhist-era dates, always in Asia/Bangkok.
import {
  formatThaiDate,
  formatThaiShortDate,
  formatThaiTime,
  thaiNumeral,
} from '../common/thai/thai-format';

export const thaiDate = (d: Date | null | undefined): string => (d ? formatThaiDate(d) : '');

export const thaiShortDate = (d: Date | null | undefined): string =>
  d ? formatThaiShortDate(d) : '';

/** `๒๔ พ.ย. ๖๘ ๑๔.๓๐ น.` */
export const thaiDateTime = (d: Date | null | undefined): string =>
  d ? `${formatThaiShortDate(d)} ${formatThaiTime(d)}` : '';

export const thaiCount = (n: number): string => thaiNumeral(n);

/** "รอ ๓ วัน", "รอ ๕ ชั่วโมง", "เพิ่งส่งมา". */
export function waitLabel(hours: number): string {
  if (hours < 1) return 'เพิ่งส่งมา';
  if (hours < 24) return `รอ ${thaiNumeral(hours)} ชั่วโมง`;
  return `รอ ${thaiNumeral(Math.floor(hours / 24))} วัน`;
}

/** Red for every urgent class (ด่วน, ด่วนมาก, ด่วนที่สุด), stronger as it rises. */
export function urgencyClass(urgency: string): string {
  switch (urgency) {
    case 'urgent':
      return 'badge badge-urgent';
    case 'very_urgent':
      return 'badge badge-very-urgent';
    case 'most_urgent':
      return 'badge badge-most-urgent';
    default:
      return '';
  }
}

export const secrecyClass = (secrecy: string): string =>
  secrecy === 'normal' ? '' : 'badge badge-secret';

/** File sizes in Thai units: "๑๒๓ กิโลไบต์". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${thaiNumeral(bytes)} ไบต์`;
  if (bytes < 1024 * 1024) return `${thaiNumeral(Math.round(bytes / 1024))} กิโลไบต์`;
  return `${thaiNumeral(Math.round((bytes / 1024 / 1024) * 10) / 10)} เมกะไบต์`;
}

/** A same-site path to return to after signing in; anything else is dropped. */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^\/(?![/\\])[\x21-\x7e]{0,500}$/.test(value) ? value : undefined;
}
