// The audit trail in Thai: what happened and to what, never the internal codes (audit M6).
import { thaiCount } from '../format';

const ACTION_TH: Record<string, string> = {
  'memo.create': 'สร้างร่างบันทึก',
  'holiday.create': 'เพิ่มวันหยุดของหน่วยงาน',
  'holiday.delete': 'ลบวันหยุดของหน่วยงาน',
  'reminders.settings': 'ตั้งจำนวนวันทำการก่อนแจ้งผู้บังคับบัญชา',
  'memo.update': 'แก้ไขร่างบันทึก',
  'memo.submit': 'ส่งเสนอ',
  'memo.approve': 'เกษียน/ลงนาม',
  'memo.return': 'ส่งกลับแก้ไข',
  'memo.reject': 'ไม่อนุมัติ',
  'memo.withdraw': 'ถอนเรื่อง',
  'memo.reassign': 'ย้ายเรื่องที่รอพิจารณา (ผู้ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม)',
  'memo.attach': 'แนบไฟล์',
  'memo.detach': 'ลบไฟล์แนบ',
  'register.issue': 'ออกเลขทะเบียน',
  'register.cancel': 'ยกเลิกเลขทะเบียน',
  'incoming.receive': 'ลงรับหนังสือ',
  'incoming.file': 'แนบไฟล์หนังสือรับ',
  'incoming.forward': 'เสนอผู้บริหาร',
  'incoming.endorse': 'เกษียนสั่งการ',
  'incoming.assign': 'มอบผู้รับผิดชอบ',
  'incoming.acknowledge': 'รับทราบงาน',
  'incoming.close': 'ปิดงาน',
  'incoming.reply': 'ตอบด้วยบันทึกข้อความ',
  'user.create': 'เพิ่มผู้ใช้',
  'user.update': 'แก้ไขผู้ใช้',
  'group.create': 'เพิ่มกลุ่ม',
  'group.update': 'แก้ไขกลุ่ม',
  'delegation.create': 'มอบอำนาจ',
  'delegation.revoke': 'ยกเลิกการมอบอำนาจ',
  'delegation.restore': 'คืนการมอบอำนาจที่ยกเลิกไป',
  'emblem.upload': 'อัปโหลดตราครุฑของหน่วยงาน',
  'emblem.remove': 'เลิกใช้ตราครุฑของหน่วยงาน (กลับไปใช้ตราค่าเริ่มต้น)',
};

const ENTITY_TH: Record<string, string> = {
  memo: 'บันทึกข้อความ',
  incoming_letter: 'หนังสือรับ',
  register_entry: 'เลขทะเบียน',
  user: 'ผู้ใช้',
  group: 'กลุ่ม',
  delegation: 'การมอบอำนาจ',
  organization: 'หน่วยงาน',
};

const ENTITY_HREF: Record<string, (id: number) => string> = {
  memo: (id) => `/memos/${id}`,
  incoming_letter: (id) => `/incoming/${id}`,
};

export const auditActionTh = (action: string): string => ACTION_TH[action] ?? 'รายการอื่น';

/** "บันทึกข้อความ ลำดับที่ ๑๒", with the page to open when there is one. */
export function auditEntity(entityType: string, entityId: number): { text: string; href: string } {
  const name = ENTITY_TH[entityType] ?? 'ข้อมูลอื่น';
  return {
    text: `${name} ลำดับที่ ${thaiCount(entityId)}`,
    href: ENTITY_HREF[entityType]?.(entityId) ?? '',
  };
}
