import { may, Permission } from '../common/auth/permissions';
import type { Role } from '../common/auth/roles';
import { thaiCount } from './format';
import type { NavLink } from './views/layout.view';

interface NavEntry {
  href: string;
  label: string;
  /** Who sees the link: the permission its route requires. */
  permission: Permission;
  /** Paths that count as this section. */
  prefix: string[];
}

/** Who has the inbox in their menu (and so its count). */
export const INBOX_PERMISSION: Permission = 'draft';

const ENTRIES: NavEntry[] = [
  // Not "หนังสือเข้า": in สารบรรณ work that means letters from outside (หนังสือรับ, below).
  {
    href: '/inbox',
    label: 'งานรอดำเนินการ',
    permission: INBOX_PERMISSION,
    prefix: ['/inbox', '/memos'],
  },
  { href: '/memos/new', label: 'เขียนบันทึก', permission: 'draft', prefix: ['/memos/new'] },
  { href: '/incoming', label: 'หนังสือรับ', permission: 'seeOfficeWork', prefix: ['/incoming'] },
  {
    href: '/incoming/new',
    label: 'ลงรับหนังสือ',
    permission: 'receiveIncoming',
    prefix: ['/incoming/new'],
  },
  { href: '/oit', label: 'OIT', permission: 'viewOitDashboard', prefix: ['/oit'] },
  { href: '/registers', label: 'ทะเบียน', permission: 'viewRegisters', prefix: ['/registers'] },
  { href: '/audit', label: 'บันทึกการใช้งาน', permission: 'viewAudit', prefix: ['/audit'] },
  { href: '/admin', label: 'ผู้ดูแลระบบ', permission: 'administer', prefix: ['/admin'] },
  {
    href: '/admin/import',
    label: 'นำเข้าข้อมูล',
    permission: 'administer',
    prefix: ['/admin/import'],
  },
  { href: '/platform', label: 'สำนักงาน', permission: 'manageOffices', prefix: ['/platform'] },
];

/**
 * The main menu for these roles, the section of `path` marked current; the inbox link says how
 * many items wait on the user ("รอท่าน ๓"), in its text so screen readers hear it too.
 */
export function navFor(roles: readonly Role[], path: string, waiting = 0): NavLink[] {
  const visible = ENTRIES.filter((e) => may(roles, e.permission));
  // The longest matching prefix wins, so /memos/new is "เขียนบันทึก", not "งานรอดำเนินการ".
  const best = visible
    .flatMap((e) =>
      e.prefix
        .filter((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`))
        .map((p) => ({ e, p })),
    )
    .sort((a, b) => b.p.length - a.p.length)[0]?.e;
  return visible.map((e) => ({
    href: e.href,
    label: e.label,
    current: e === best,
    badge: e.href === '/inbox' && waiting > 0 ? `รอท่าน ${thaiCount(waiting)}` : '',
  }));
}

/** Where a user lands after signing in. */
export const homeOf = (roles: readonly Role[]): string =>
  may(roles, 'draft')
    ? '/inbox'
    : may(roles, 'administer')
      ? '/admin'
      : may(roles, 'manageOffices')
        ? '/platform'
        : '/notifications';
