import type { Role } from '../org/roles';
import { STAFF_ROLES } from '../org/roles';
import type { NavLink } from './views/layout.view';

interface NavEntry {
  href: string;
  label: string;
  /** Who sees the link; the routes themselves check the same roles. */
  roles: readonly Role[];
  /** Paths that count as this section. */
  prefix: string[];
}

export const OIT_VIEWERS: Role[] = ['oit_coordinator', 'director', 'deputy'];
export const REGISTER_VIEWERS: Role[] = ['registrar', 'director', 'deputy', 'admin'];
export const AUDIT_VIEWERS: Role[] = ['registrar', 'admin', 'director'];

const ENTRIES: NavEntry[] = [
  { href: '/inbox', label: 'หนังสือเข้า', roles: STAFF_ROLES, prefix: ['/inbox', '/memos'] },
  { href: '/memos/new', label: 'เขียนบันทึก', roles: STAFF_ROLES, prefix: ['/memos/new'] },
  { href: '/oit', label: 'OIT', roles: OIT_VIEWERS, prefix: ['/oit'] },
  { href: '/registers', label: 'ทะเบียน', roles: REGISTER_VIEWERS, prefix: ['/registers'] },
  { href: '/audit', label: 'บันทึกการใช้งาน', roles: AUDIT_VIEWERS, prefix: ['/audit'] },
  { href: '/admin', label: 'ผู้ดูแลระบบ', roles: ['admin'], prefix: ['/admin'] },
];

/** The main menu for these roles, the section of `path` marked current. */
export function navFor(roles: readonly Role[], path: string): NavLink[] {
  const visible = ENTRIES.filter((e) => e.roles.some((r) => roles.includes(r)));
  // The longest matching prefix wins, so /memos/new is "เขียนบันทึก", not "หนังสือเข้า".
  const best = visible
    .flatMap((e) =>
      e.prefix
        .filter((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`))
        .map((p) => ({ e, p })),
    )
    .sort((a, b) => b.p.length - a.p.length)[0]?.e;
  return visible.map((e) => ({ href: e.href, label: e.label, current: e === best }));
}

/** Where a user lands after signing in. */
export const homeOf = (roles: readonly Role[]): string =>
  roles.some((r) => STAFF_ROLES.includes(r))
    ? '/inbox'
    : roles.includes('admin')
      ? '/admin'
      : '/notifications';
