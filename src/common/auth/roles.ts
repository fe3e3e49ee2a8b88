/** Roles a user may hold; several at once (a group head is also an officer). */
export const ROLES = [
  'officer',
  'group_head',
  'deputy',
  'director',
  'oit_coordinator',
  'registrar',
  'admin',
  'platform_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_TH: Record<Role, string> = {
  officer: 'เจ้าหน้าที่',
  group_head: 'ผู้อำนวยการกลุ่ม',
  deputy: 'รองผู้อำนวยการ',
  director: 'ผู้อำนวยการ',
  oit_coordinator: 'ผู้ประสานงาน OIT',
  registrar: 'งานสารบรรณ',
  admin: 'ผู้ดูแลระบบ',
  platform_admin: 'ผู้ดูแลแพลตฟอร์ม',
};

/**
 * The roles of an office's people. The platform administrator (who creates offices) is not
 * one of them: an office admin can never grant it, and it reaches no office's documents.
 */
export const OFFICE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'platform_admin');

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
