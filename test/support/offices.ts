// Offices made the way a real deployment makes them: the platform administrator creates the
// office with its first admin (POST /api/offices), who imports its groups and people from CSV.
import { randomBytes } from 'node:crypto';
import { PlatformAdmins } from '../../src/platform/platform-admins.service';
import type { TestApp } from './app';
import { login, TEST_PASSWORD } from './factories';
import { bearer } from './memos';

/** A platform administrator (the demo's `platform` is the same kind of account); its token. */
export async function platformAdminToken(t: TestApp): Promise<string> {
  const username = `p${randomBytes(5).toString('hex')}.platform`;
  await t.app.get(PlatformAdmins).create({
    username,
    password: TEST_PASSWORD,
    name: 'นายแพลตฟอร์ม ทดสอบ',
  });
  return login(t, username);
}

export const officeBody = (prefix: string, over: Record<string, unknown> = {}) => ({
  code: prefix,
  name: `สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ ${prefix}`,
  shortName: 'สพม.ทดสอบใหม่',
  bookCode: 'ศธ ๐๔๓๗๗',
  address: 'ถนนทดสอบ ตำบลในเมือง อำเภอเมือง จังหวัดทดสอบ ๔๘๐๐๐',
  phone: '0 4200 0000',
  email: `saraban@${prefix}.example.go.th`,
  admin: { username: `${prefix}.admin`, password: TEST_PASSWORD, name: 'นายผู้ดูแล สำนักงานใหม่' },
  ...over,
});

/** TIS-620 / windows-874 bytes of `text` (Thai U+0E01..U+0E5B ↔ 0xA1..0xFB, ASCII as is). */
export function toTis620(text: string): Buffer {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    throw new Error(`not in TIS-620: ${ch}`);
  });
  return Buffer.from(bytes);
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csv = (rows: string[][]): string =>
  rows.map((r) => r.map(cell).join(',')).join('\r\n');

export const GROUP_NAMES: Array<[string, string]> = [
  ['กลุ่มอำนวยการ', 'อำนวยการ'],
  ['กลุ่มนโยบายและแผน', 'นโยบายฯ'],
  ['กลุ่มบริหารงานการเงินและสินทรัพย์', 'การเงินฯ'],
  ['กลุ่มบริหารงานบุคคล', 'บุคคล'],
  ['กลุ่มส่งเสริมการจัดการศึกษา', 'ส่งเสริมฯ'],
  ['กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', 'นิเทศฯ'],
  ['กลุ่มพัฒนาครูและบุคลากรทางการศึกษา', 'พัฒนาครูฯ'],
  ['กลุ่มกฎหมายและคดี', 'กฎหมายฯ'],
  ['หน่วยตรวจสอบภายใน', 'ตรวจสอบฯ'],
  ['กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร', 'ICT'],
];

/** Ten groups, Thai headers (head and deputy set later by the people file). */
export const groupsCsv = (): string =>
  csv([
    ['ชื่อกลุ่ม', 'ชื่อย่อ', 'โทรศัพท์'],
    ...GROUP_NAMES.map(([name, short], i) => [
      name,
      short,
      `0 4200 00${String(i).padStart(2, '0')}`,
    ]),
  ]);

const SHORT = GROUP_NAMES.map(([, s]) => s);

/**
 * Thirty people with the whole chain: a director, two deputies overseeing five groups each,
 * a head per group (`head1`…`head10`), officers, the OIT coordinator, the registry desk.
 * `officer` works in นิเทศฯ (head6, overseen by `deputy`). English headers, roles as codes or
 * Thai labels. `officer` has a password given; everyone else gets a generated one.
 */
export function peopleRows(prefix: string): string[][] {
  const u = (key: string) => `${prefix}.${key}`;
  const row = (
    key: string,
    first: string,
    position: string,
    group: string,
    roles: string,
    extra: Partial<Record<'heads' | 'oversees' | 'password', string>> = {},
  ) => [
    u(key),
    'นาย',
    first,
    'ทดสอบนำเข้า',
    position,
    group,
    roles,
    `${key}@example.go.th`,
    extra.password ?? '',
    extra.heads ?? '',
    extra.oversees ?? '',
  ];
  const rows: string[][] = [
    [
      'username',
      'titlePrefix',
      'firstName',
      'lastName',
      'position',
      'group',
      'roles',
      'email',
      'password',
      'heads',
      'oversees',
    ],
    row('director', 'อำนวย', 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', '', 'director'),
    row('deputy', 'รองหนึ่ง', 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', '', 'รองผู้อำนวยการ', {
      oversees: SHORT.slice(5).join('|'),
    }),
    row('deputy2', 'รองสอง', 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', '', 'deputy', {
      oversees: SHORT.slice(0, 5).join(';'),
    }),
    ...SHORT.map((s, i) =>
      row(`head${i + 1}`, `หัวหน้า${i + 1}`, `ผู้อำนวยการกลุ่ม${s}`, s, 'group_head|officer', {
        heads: i % 2 ? 'yes' : 'ใช่',
      }),
    ),
    row('officer', 'สุดา', 'ศึกษานิเทศก์', SHORT[5], 'officer', { password: TEST_PASSWORD }),
    row('officer2', 'มาลี', 'นักวิชาการศึกษา', SHORT[4], 'เจ้าหน้าที่'),
    row('peer', 'เพื่อน', 'ศึกษานิเทศก์', SHORT[5], 'officer'),
    row('oit', 'โปร่งใส', 'ศึกษานิเทศก์', SHORT[5], 'oit_coordinator|officer'),
    row('registrar', 'สารบรรณ', 'เจ้าพนักงานธุรการ', SHORT[0], 'registrar;officer'),
  ];
  for (let i = 1; rows.length <= 30; i++) {
    rows.push(row(`staff${i}`, `พนักงาน${i}`, 'นักจัดการงานทั่วไป', SHORT[i % 10], ''));
  }
  return rows;
}

export type ImportKind = 'groups' | 'users' | 'recipients';

export const importFile = (
  t: TestApp,
  token: string,
  kind: ImportKind,
  content: string | Buffer,
  dryRun: boolean,
  filename = `${kind}.csv`,
) =>
  t
    .http()
    .post(`/api/${kind}/import?dryRun=${dryRun}`)
    .set(bearer(token))
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);

export interface ApiOffice {
  id: number;
  prefix: string;
  bookCode: string;
  username: (key: string) => string;
  /** Every person's password: `officer` was given TEST_PASSWORD, the others generated ones. */
  passwords: Record<string, string>;
  adminToken: string;
}

/** An office made only through the API: created, ten groups, thirty people. */
export async function officeThroughApi(t: TestApp, platformToken: string): Promise<ApiOffice> {
  const prefix = `o${randomBytes(4).toString('hex')}`;
  const created = await t
    .http()
    .post('/api/offices')
    .set(bearer(platformToken))
    .send(officeBody(prefix));
  if (created.status !== 201)
    throw new Error(`office: ${created.status} ${JSON.stringify(created.body)}`);
  const adminToken = await login(t, `${prefix}.admin`);
  const groups = await importFile(t, adminToken, 'groups', groupsCsv(), false);
  if (groups.status !== 200)
    throw new Error(`groups: ${groups.status} ${JSON.stringify(groups.body)}`);
  const people = await importFile(t, adminToken, 'users', csv(peopleRows(prefix)), false);
  if (people.status !== 200)
    throw new Error(`users: ${people.status} ${JSON.stringify(people.body)}`);
  const passwords: Record<string, string> = { admin: TEST_PASSWORD };
  for (const r of people.body.rows as Array<{ username: string; initialPassword?: string }>) {
    passwords[r.username.slice(prefix.length + 1)] = r.initialPassword ?? TEST_PASSWORD;
  }
  return {
    id: created.body.id,
    prefix,
    bookCode: created.body.bookCode,
    username: (key) => `${prefix}.${key}`,
    passwords,
    adminToken,
  };
}

/** Tokens of an API-made office's people, by key. */
export async function officeTokens(
  t: TestApp,
  office: ApiOffice,
  keys: string[],
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    keys.map(async (k) => [k, await login(t, office.username(k), office.passwords[k])] as const),
  );
  return Object.fromEntries(entries);
}
