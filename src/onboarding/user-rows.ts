import { isEmail } from 'class-validator';
import { OFFICE_ROLES, ROLE_LABELS_TH, Role } from '../common/auth/roles';
import type { OrgGroup } from '../org/org-group.entity';
import type { ColumnSpec, TableRow } from './csv-table';
import { checkText, listCell, problem } from './import-result';

export type UserColumn =
  | 'username'
  | 'titlePrefix'
  | 'firstName'
  | 'lastName'
  | 'position'
  | 'group'
  | 'roles'
  | 'email'
  | 'password'
  | 'heads'
  | 'oversees';

export const USER_COLUMNS: ColumnSpec<UserColumn>[] = [
  { key: 'username', headers: ['ชื่อผู้ใช้', 'username'], required: true },
  { key: 'titlePrefix', headers: ['คำนำหน้า', 'titlePrefix', 'title'] },
  { key: 'firstName', headers: ['ชื่อ', 'firstName', 'first name'], required: true },
  { key: 'lastName', headers: ['นามสกุล', 'lastName', 'last name'], required: true },
  { key: 'position', headers: ['ตำแหน่ง', 'position'] },
  { key: 'group', headers: ['กลุ่ม', 'group'] },
  { key: 'roles', headers: ['บทบาท', 'roles'] },
  { key: 'email', headers: ['อีเมล', 'email', 'e-mail'] },
  { key: 'password', headers: ['รหัสผ่าน', 'password'] },
  { key: 'heads', headers: ['หัวหน้ากลุ่ม', 'heads'] },
  { key: 'oversees', headers: ['กำกับกลุ่ม', 'oversees'] },
];

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
const YES = ['ใช่', 'yes', 'y', 'true', '1'];
const NO = ['', 'ไม่', 'ไม่ใช่', 'no', 'n', 'false', '0'];

/** A role by its code (`group_head`) or its Thai label (ผู้อำนวยการกลุ่ม); office roles only. */
const roleNamed = (value: string): Role | undefined =>
  OFFICE_ROLES.find((r) => r === value.toLowerCase() || ROLE_LABELS_TH[r] === value);

/** A group by its short name or its name. */
export const groupNamed = (groups: OrgGroup[], value: string): OrgGroup | undefined =>
  groups.find((g) => (g.shortName !== '' && g.shortName === value) || g.name === value);

export interface UserPlan {
  row: number;
  values: Record<UserColumn, string>;
  roles: Role[];
  groupId: number | null;
  heads: boolean;
  overseesGroupIds: number[];
}

export interface CheckedUser {
  plan: UserPlan;
  errors: string[];
}

/** Everything wrong with one row, given the office's groups and what earlier rows claimed. */
export function checkUserRow(
  { row, values }: TableRow<UserColumn>,
  context: { groups: OrgGroup[]; taken: Set<string>; seen: Set<string>; headed: Set<number> },
): CheckedUser {
  const errors: string[] = [];
  checkUsername(errors, values.username, context);
  checkText(errors, values.titlePrefix, { th: 'คำนำหน้า', en: 'title', max: 50 });
  checkText(errors, values.firstName, { th: 'ชื่อ', en: 'first name', max: 100, required: true });
  checkText(errors, values.lastName, { th: 'นามสกุล', en: 'last name', max: 100, required: true });
  checkText(errors, values.position, { th: 'ตำแหน่ง', en: 'position', max: 255 });
  if (values.email && (values.email.length > 255 || !isEmail(values.email))) {
    errors.push(problem(`อีเมล "${values.email}" ไม่ถูกต้อง`, `e-mail "${values.email}" is not valid`));
  }
  if (values.password && (values.password.length < 10 || values.password.length > 256)) {
    errors.push(problem('รหัสผ่านต้องยาว 10–256 ตัวอักษร', 'the password must be 10 to 256 characters'));
  }
  const group = values.group ? groupNamed(context.groups, values.group) : undefined;
  if (values.group && !group) {
    errors.push(problem(`ไม่พบกลุ่ม "${values.group}"`, `unknown group "${values.group}"`));
  }
  const roles = rolesOf(errors, values.roles);
  const heads = headsOf(
    errors,
    values.heads,
    values.group ? (group ?? null) : undefined,
    context.headed,
  );
  const overseesGroupIds = listCell(values.oversees).flatMap((name) => {
    const overseen = groupNamed(context.groups, name);
    if (!overseen) errors.push(problem(`ไม่พบกลุ่ม "${name}"`, `unknown group "${name}"`));
    return overseen ? [overseen.id] : [];
  });
  return {
    plan: { row, values, roles, groupId: group?.id ?? null, heads, overseesGroupIds },
    errors,
  };
}

function checkUsername(
  errors: string[],
  username: string,
  context: { taken: Set<string>; seen: Set<string> },
): void {
  if (!USERNAME.test(username)) {
    errors.push(
      problem(
        `ชื่อผู้ใช้ "${username}" ไม่ถูกต้อง (อักษรอังกฤษตัวเล็ก ตัวเลข . _ @ - ยาว 3–64 ตัว)`,
        `username "${username}" is not valid (lower-case letters, digits and . _ @ -, 3 to 64)`,
      ),
    );
  } else if (context.taken.has(username)) {
    errors.push(problem(`ชื่อผู้ใช้ "${username}" มีอยู่แล้ว`, `username "${username}" is taken`));
  } else if (context.seen.has(username)) {
    errors.push(
      problem(`ชื่อผู้ใช้ "${username}" ซ้ำในไฟล์`, `username "${username}" appears twice in the file`),
    );
  }
  context.seen.add(username);
}

/** Roles listed with | or ; — an empty cell means officer. */
function rolesOf(errors: string[], cell: string): Role[] {
  const roles: Role[] = [];
  for (const name of listCell(cell)) {
    const role = roleNamed(name);
    if (!role) errors.push(problem(`ไม่รู้จักบทบาท "${name}"`, `unknown role "${name}"`));
    else if (!roles.includes(role)) roles.push(role);
  }
  return listCell(cell).length === 0 ? ['officer'] : roles;
}

/** `group` is null when the row names a group that does not exist (already reported). */
function headsOf(
  errors: string[],
  cell: string,
  group: OrgGroup | null | undefined,
  headed: Set<number>,
): boolean {
  const value = cell.trim().toLowerCase();
  if (!YES.includes(value)) {
    if (!NO.includes(value)) {
      errors.push(
        problem(`หัวหน้ากลุ่ม: "${cell}" (ใช่ หรือ เว้นว่าง)`, `heads: "${cell}" (yes or empty)`),
      );
    }
    return false;
  }
  if (group === undefined) {
    errors.push(problem('หัวหน้ากลุ่มต้องระบุกลุ่ม', 'a group head needs a group'));
  } else if (group === null) {
    return true;
  } else if (headed.has(group.id)) {
    errors.push(
      problem(
        `กลุ่ม "${group.name}" มีหัวหน้าแล้วในไฟล์`,
        `group "${group.name}" already has a head in the file`,
      ),
    );
  } else {
    headed.add(group.id);
  }
  return true;
}
