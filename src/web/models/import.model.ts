import type { ImportResult } from '../../onboarding/import-result';
import { thaiCount } from '../format';

export type ImportKind = 'groups' | 'users' | 'recipients';

const KIND_TH: Record<ImportKind, string> = {
  groups: 'กลุ่ม',
  users: 'บุคลากร',
  recipients: 'ทะเบียนโรงเรียนและหน่วยงาน',
};

/** The columns each file may have, as the page lists them (Thai header / English header). */
export const IMPORT_COLUMNS: Record<ImportKind, string[]> = {
  groups: [
    'ชื่อกลุ่ม / name (ต้องมี)',
    'ชื่อย่อ / shortName',
    'โทรศัพท์ / phone',
    'ผู้อำนวยการกลุ่ม / head (ชื่อผู้ใช้)',
    'รองผู้อำนวยการที่กำกับ / deputy (ชื่อผู้ใช้)',
  ],
  users: [
    'ชื่อผู้ใช้ / username (ต้องมี)',
    'คำนำหน้า / titlePrefix',
    'ชื่อ / firstName (ต้องมี)',
    'นามสกุล / lastName (ต้องมี)',
    'ตำแหน่ง / position',
    'กลุ่ม / group (ชื่อย่อหรือชื่อกลุ่ม)',
    'บทบาท / roles (คั่นด้วย | หรือ ; ว่าง = เจ้าหน้าที่)',
    'อีเมล / email',
    'รหัสผ่าน / password (ว่าง = ระบบสร้างให้)',
    'หัวหน้ากลุ่ม / heads (ใช่)',
    'กำกับกลุ่ม / oversees (ชื่อย่อกลุ่ม คั่นด้วย |)',
  ],
  recipients: [
    'ชื่อ / name (ต้องมี)',
    'อีเมล / email (ต้องมี ใช้จับคู่เมื่อนำเข้าซ้ำ)',
    'ประเภท / kind (โรงเรียน หรือ หน่วยงาน ว่าง = โรงเรียน)',
    'รหัส / code',
  ],
};

/** The per-row table of a dry run or an import. */
export function importOutcome(kind: ImportKind, result: ImportResult, content?: string) {
  const bad = result.rows.filter((r) => r.status === 'error').length;
  return {
    kind,
    kindLabel: KIND_TH[kind],
    dryRun: result.dryRun,
    ok: result.ok,
    imported: result.ok && !result.dryRun,
    summary: result.ok
      ? `ถูกต้องทั้ง ${thaiCount(result.rows.length)} แถว`
      : `มีแถวที่ไม่ถูกต้อง ${thaiCount(bad)} จาก ${thaiCount(result.rows.length)} แถว ไม่มีการบันทึกข้อมูลใด`,
    rows: result.rows.map((r) => ({
      row: thaiCount(r.row),
      ok: r.status === 'ok',
      what: describe(kind, r),
      errors: r.errors,
      initialPassword: typeof r.initialPassword === 'string' ? r.initialPassword : '',
    })),
    hasPasswords: result.rows.some((r) => typeof r.initialPassword === 'string'),
    // The checked file goes back with the page, so the import takes exactly what was checked.
    content: result.ok && result.dryRun ? content : undefined,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function describe(kind: ImportKind, r: Record<string, unknown>): string {
  if (kind === 'recipients') {
    const action = r.action === 'update' ? 'ปรับปรุง' : 'เพิ่ม';
    return `${action} ${text(r.name)} <${text(r.email)}>`;
  }
  if (kind === 'groups') {
    const action = r.action === 'update' ? 'ปรับปรุง' : 'เพิ่ม';
    return `${action} ${text(r.name)}${r.shortName ? ` (${text(r.shortName)})` : ''}`;
  }
  return `${text(r.username)} — ${text(r.name)}${r.group ? ` · ${text(r.group)}` : ''}`;
}

export type ImportOutcome = ReturnType<typeof importOutcome>;
