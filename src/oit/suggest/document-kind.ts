// What kind of document a memo is, and what kind of evidence an item asks for, where the kind
// tells neighbours apart better than their shared words: a report of what was done against a
// plan or measures, an announcement, an everyday request that evidences nothing.
import type { CatalogItem } from '../catalog/catalog-format';
import type { DocumentText } from './document-features';

const head = (subject: string): string => subject.normalize('NFC').trim();

/** An item whose evidence is what was done (a report, results), not what is to be done. */
const RESULT_ITEM = /^(?:รายงานผล|รายงานการ|ผลการ|การดำเนินการ|สรุปผล|ความก้าวหน้า)/;
/** A document that reports what was done. */
const RESULT_DOCUMENT = /^(?:ขอ)?(?:รายงาน(?!การวิเคราะห์|วิเคราะห์)|สรุปผล|ผลการ)|ความก้าวหน้า|ติดตามผล/;

export const isResultItem = (item: CatalogItem): boolean =>
  RESULT_ITEM.test(item.name) || RESULT_ITEM.test(item.evidenceText);

/** An item of announcements themselves ("ประกาศต่าง ๆ…"), not one whose evidence merely is one. */
export const isAnnouncementItem = (item: CatalogItem): boolean => /ประกาศ/.test(item.name);

export const isAnnouncement = (doc: DocumentText): boolean =>
  doc.kind === 'announcement' || /^ประกาศ/.test(head(doc.subject));

export const reportsResults = (doc: DocumentText): boolean =>
  RESULT_DOCUMENT.test(head(doc.subject));

/**
 * Everyday requests an office files by the hundred: leave (the kinds of the leave regulation),
 * a car, a room, official travel and its expenses, printer supplies, utilities, a meeting, a
 * teacher lent to a school. A subject whose first phrase is one of them is such a request,
 * whatever it is for ("ขออนุญาตใช้ห้องประชุม เพื่อประชุมจัดทำแผนป้องกันการทุจริต").
 */
export const EVERYDAY_REQUESTS = [
  'ลาป่วย',
  'ลาคลอด',
  'ลากิจ',
  'ลาพักผ่อน',
  'ลาอุปสมบท',
  'ลาไปศึกษาต่อ',
  'ใช้รถ',
  'ห้องประชุม',
  'ไปราชการ',
  'เบี้ยเลี้ยง',
  'ค่าที่พัก',
  'ค่าพาหนะ',
  'หมึก',
  'สาธารณูปโภค',
  'เชิญประชุม',
  'ช่วยราชการ',
];

/** Whether the subject's first phrase, which says what kind of memo it is, is an everyday request. */
export function isEverydayRequest(doc: DocumentText): boolean {
  const first = head(doc.subject).split(/\s+/)[0] ?? '';
  return EVERYDAY_REQUESTS.some((phrase) => first.includes(phrase));
}
