import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import type { TestApp } from './app';
import { OfficeSeeder } from '../../src/seed/office-seeder';
import type { OfficeSpec, SeededOffice } from '../../src/seed/office-spec';

export const TEST_PASSWORD = 'test-password-1234';
/**
 * Test people's passwords are argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane) rather than
 * the app's stronger defaults: the app verifies whatever parameters a hash carries, and each
 * sign-in then costs a third of the CPU (about 85 ms, not 265 ms). The app's own hashing (API,
 * demo seed) keeps its defaults.
 */
const TEST_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
let hashed: Promise<string> | undefined;
const passwordHash = (): Promise<string> =>
  (hashed ??= argon2.hash(TEST_PASSWORD, TEST_HASH_OPTIONS));

const ORG = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ';

/**
 * A small office with the full chain: group g1 (head, overseen by deputy), group g2 (head2,
 * overseen by deputy2), a director, and the support roles. Usernames are unique per call so
 * tests never share rows.
 */
export function testOfficeSpec(prefix: string): OfficeSpec {
  const person = (
    key: string,
    position: string,
    roles: OfficeSpec['people'][number]['roles'],
    extra: Partial<OfficeSpec['people'][number]> = {},
  ) => ({
    key,
    username: `${prefix}.${key}`,
    titlePrefix: 'นาย',
    firstName: `ทดสอบ${key}`,
    lastName: 'ใจดี',
    position,
    roles,
    ...extra,
  });
  return {
    code: prefix,
    name: `${ORG} ${prefix}`,
    shortName: 'สพม.ทดสอบ',
    bookCode: 'ศธ ๐๔๓๙๙',
    parentAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
    groups: [
      {
        key: 'g1',
        name: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา',
        shortName: 'กลุ่มนิเทศฯ',
        phone: '0 4251 1111',
        deputy: 'deputy',
      },
      {
        key: 'g2',
        name: 'กลุ่มส่งเสริมการจัดการศึกษา',
        shortName: 'กลุ่มส่งเสริมฯ',
        phone: '0 4251 2222',
        deputy: 'deputy2',
      },
    ],
    people: [
      person('director', `ผู้อำนวยการ${ORG}`, ['director']),
      person('deputy', `รองผู้อำนวยการ${ORG}`, ['deputy']),
      person('deputy2', `รองผู้อำนวยการ${ORG}`, ['deputy']),
      person('head', 'ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', ['group_head', 'officer'], {
        group: 'g1',
        heads: true,
      }),
      person('head2', 'ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา', ['group_head', 'officer'], {
        group: 'g2',
        heads: true,
      }),
      person('officer', 'ศึกษานิเทศก์', ['officer'], { group: 'g1' }),
      person('officer2', 'นักวิชาการศึกษา', ['officer'], { group: 'g2' }),
      person('peer', 'ศึกษานิเทศก์', ['officer'], { group: 'g1' }),
      person('oit', 'ศึกษานิเทศก์', ['oit_coordinator', 'officer'], { group: 'g1' }),
      person('registrar', 'เจ้าพนักงานธุรการ', ['registrar', 'officer'], { group: 'g2' }),
      person('admin', 'นักวิชาการคอมพิวเตอร์', ['admin']),
    ],
  };
}

export interface TestOffice extends SeededOffice {
  prefix: string;
  username: (key: string) => string;
}

export async function createOffice(
  t: TestApp,
  customize?: (spec: OfficeSpec) => OfficeSpec,
): Promise<TestOffice> {
  const prefix = `t${randomBytes(5).toString('hex')}`;
  const spec = customize ? customize(testOfficeSpec(prefix)) : testOfficeSpec(prefix);
  const seeded = await t.app.get(OfficeSeeder).seed(spec, await passwordHash());
  return { ...seeded, prefix, username: (key) => `${prefix}.${key}` };
}

/** Signs in through the real endpoint and returns the bearer token. */
export async function login(
  t: TestApp,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await t.http().post('/api/auth/login').send({ username, password });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

/** Tokens for every person of a test office, keyed like the spec. */
export async function loginAll(
  t: TestApp,
  office: TestOffice,
  keys: string[],
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    keys.map(async (k) => [k, await login(t, office.username(k))] as const),
  );
  return Object.fromEntries(entries);
}
