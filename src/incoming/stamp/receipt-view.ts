// What the receipt stamp and the cover page print: plain text, formatted here in Bangkok time
// with Thai digits; the templates escape all of it.
import { BANGKOK } from '../../common/thai/bangkok-time';
import { formatThaiDate, formatThaiTime, toThaiDigits } from '../../common/thai/thai-format';

export interface ReceiptStampInput {
  /** สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต ๑ */
  officeName: string;
  /** เลขรับ, Thai digits ('๑๒'); ASCII digits are printed as Thai digits. */
  receiveNumber: string;
  receivedAt: Date;
  /** Optional details printed on the cover page of a letter that has no (readable) PDF. */
  fromAgency?: string | null;
  theirNumber?: string | null;
  theirDate?: Date | null;
  subject?: string | null;
}

/** Why a cover page carries the stamp instead of the letter's first page. */
export type CoverReason = 'no-pdf' | 'unreadable-pdf';

export const COVER_NOTES: Record<CoverReason, string> = {
  'no-pdf':
    'หนังสือฉบับนี้ไม่มีไฟล์ PDF (รับเป็นกระดาษ รูปภาพ หรือเอกสารสำนักงาน) ' + 'จึงประทับตรารับไว้ที่ใบรับหนังสือนี้',
  'unreadable-pdf':
    'ไฟล์ PDF ของหนังสือฉบับนี้เปิดไม่ได้หรือมีการเข้ารหัส จึงประทับตรารับไว้ที่ใบรับหนังสือนี้ ' +
    'โปรดดูต้นฉบับจากไฟล์ของหนังสือในระบบ',
};

export interface StampView {
  officeName: string;
  /** Set in two smaller lines. */
  longOffice: boolean;
  receiveNumber: string;
  /** ๒ ธ.ค. ๒๕๖๙ */
  date: string;
  /** ๑๔.๓๐ น. */
  time: string;
}

export interface CoverView {
  stamp: StampView;
  letter: {
    receivedOn: string;
    fromAgency: string | null;
    theirNumber: string | null;
    theirDate: string | null;
    subject: string | null;
  };
  note: string;
}

// Beyond this many characters the office name no longer fits one line of the 5.5 cm box.
const ONE_LINE_OFFICE = 34;

// The stamp's date: abbreviated month, full Buddhist-era year (ระเบียบงานสารบรรณ, ตรารับ).
const stampDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: BANGKOK,
});

const optional = (text: string | null | undefined): string | null =>
  text && text.trim() ? toThaiDigits(text.trim()) : null;

export function stampView(input: ReceiptStampInput): StampView {
  if (!(input.receivedAt instanceof Date) || Number.isNaN(input.receivedAt.getTime())) {
    throw new TypeError('ReceiptStampInput.receivedAt must be a valid Date');
  }
  const officeName = toThaiDigits(input.officeName.trim());
  return {
    officeName,
    longOffice: [...officeName].length > ONE_LINE_OFFICE,
    receiveNumber: toThaiDigits(input.receiveNumber.trim()),
    date: stampDate.format(input.receivedAt),
    time: formatThaiTime(input.receivedAt),
  };
}

export function coverView(input: ReceiptStampInput, reason: CoverReason): CoverView {
  return {
    stamp: stampView(input),
    letter: {
      receivedOn: formatThaiDate(input.receivedAt),
      fromAgency: optional(input.fromAgency),
      theirNumber: optional(input.theirNumber),
      theirDate: input.theirDate ? formatThaiDate(input.theirDate) : null,
      subject: optional(input.subject),
    },
    note: COVER_NOTES[reason],
  };
}
