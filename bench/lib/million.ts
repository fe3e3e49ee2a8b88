// Seeds a benchmark database: many offices (through the app's own seeder) and a large number of
// memos with their steps (bulk SQL, which the app would take hours to produce one by one).
import { createConnection, Connection } from 'mysql2/promise';
import type { INestApplicationContext } from '@nestjs/common';
import * as argon2 from 'argon2';
import { OfficeSeeder } from '../../src/seed/office-seeder';
import { DEMO_OFFICE } from '../../src/seed/demo-office';
import type { OfficeSpec, SeededOffice } from '../../src/seed/office-spec';
import { searchableText } from '../../src/common/thai/thai-words';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import labelled from '../../test/fixtures/oit-subjects.json';

export const BENCH_PASSWORD = 'bench-password-1234';
const BATCH = 2000;

export interface SeedPlan {
  orgs: number;
  memos: number;
}

/** The demo office's structure, renamed for office `i`. */
function officeSpec(i: number): OfficeSpec {
  const suffix = `b${i}`;
  return {
    ...DEMO_OFFICE,
    code: `bench-${i}`,
    name: `${DEMO_OFFICE.name} (ทดสอบ ${i})`,
    people: DEMO_OFFICE.people.map((p) => ({ ...p, username: `${p.username}.${suffix}` })),
  };
}

export async function seedOffices(
  app: INestApplicationContext,
  plan: SeedPlan,
): Promise<SeededOffice[]> {
  const hash = await argon2.hash(BENCH_PASSWORD);
  const seeder = app.get(OfficeSeeder);
  const offices: SeededOffice[] = [];
  for (let i = 0; i < plan.orgs; i++) offices.push(await seeder.seed(officeSpec(i), hash));
  return offices;
}

const SUBJECTS = (labelled as { subjects: Array<{ subject: string }> }).subjects.map(
  (l) => l.subject,
);
const SEARCH_TEXT = SUBJECTS.map((s) => searchableText(s));
const STATUS_MIX: Array<[string, number]> = [
  ['approved', 0.62],
  ['in_review', 0.25],
  ['draft', 0.08],
  ['returned', 0.05],
];

function pickStatus(r: number): string {
  let acc = 0;
  for (const [status, share] of STATUS_MIX) {
    acc += share;
    if (r < acc) return status;
  }
  return 'approved';
}

interface OfficeFacts {
  orgId: number;
  authors: Array<{ userId: number; groupId: number; chain: number[] }>;
}

/** Authors with their chain (head, deputy, director) from the seeded structure. */
async function officeFacts(db: Connection, office: SeededOffice): Promise<OfficeFacts> {
  const [groups] = await db.query<
    Array<{ id: number; head: number; deputy: number } & import('mysql2').RowDataPacket>
  >('SELECT id, head_user_id AS head, deputy_user_id AS deputy FROM org_group WHERE org_id = ?', [
    office.orgId,
  ]);
  const director = office.userIds.director;
  const byGroup = new Map(groups.map((g) => [g.id, [g.head, g.deputy, director]]));
  const officers = ['officer', 'officer2', 'oit', 'registrar'].map((k) => office.userIds[k]);
  const [rows] = await db.query<
    Array<{ id: number; groupId: number } & import('mysql2').RowDataPacket>
  >('SELECT id, group_id AS groupId FROM app_user WHERE org_id = ? AND id IN (?)', [
    office.orgId,
    officers,
  ]);
  return {
    orgId: office.orgId,
    authors: rows.map((r) => ({
      userId: r.id,
      groupId: r.groupId,
      chain: byGroup.get(r.groupId) ?? [director],
    })),
  };
}

const MEMO_COLUMNS =
  'org_id, author_user_id, group_id, department, phone, subject, to_line, paragraphs, closing, doc_references, urgency, urgency_rank, secrecy, status, version, `round`, current_step_order, current_assignee_user_id, submitted_at, doc_number, registered_at, search_text, created_at, updated_at';
const URGENCY = ['normal', 'urgent', 'very_urgent', 'most_urgent'];

/** Inserts `count` memos for one office and the steps of every submitted one. */
async function seedMemos(
  db: Connection,
  facts: OfficeFacts,
  count: number,
  start: Date,
): Promise<void> {
  const memoRows: unknown[][] = [];
  const plans: Array<{ status: string; chain: number[]; current: number }> = [];
  for (let i = 0; i < count; i++) {
    const author = facts.authors[i % facts.authors.length];
    const status = pickStatus(Math.random());
    const s = i % SUBJECTS.length;
    const rank = Math.random() < 0.8 ? 0 : 1 + Math.floor(Math.random() * 3);
    const created = new Date(start.getTime() + i * 60_000);
    const current =
      status === 'in_review' ? 1 + Math.floor(Math.random() * author.chain.length) : 0;
    plans.push({ status, chain: author.chain, current });
    memoRows.push([
      facts.orgId,
      author.userId,
      author.groupId,
      'กลุ่มทดสอบ สำนักงานเขตพื้นที่การศึกษา',
      '0 4251 1000',
      SUBJECTS[s],
      'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
      JSON.stringify(['ข้อเท็จจริง …', 'ข้อเสนอ …']),
      '',
      '[]',
      URGENCY[rank],
      rank,
      'normal',
      status,
      1 + current,
      status === 'draft' ? 0 : 1,
      current || null,
      current ? author.chain[current - 1] : null,
      status === 'draft' ? null : created,
      status === 'approved' ? `ศธ ๐๔๓๐๕/${thaiNumeral(i + 1)}` : null,
      status === 'approved' ? created : null,
      SEARCH_TEXT[s],
      created,
      created,
    ]);
  }
  for (let i = 0; i < memoRows.length; i += BATCH) {
    const batch = memoRows.slice(i, i + BATCH);
    const [result] = await db.query<import('mysql2').ResultSetHeader>(
      `INSERT INTO memo (${MEMO_COLUMNS}) VALUES ?`,
      [batch],
    );
    await seedSteps(db, facts.orgId, result.insertId, plans.slice(i, i + BATCH), start);
  }
}

async function seedSteps(
  db: Connection,
  orgId: number,
  firstId: number,
  plans: Array<{ status: string; chain: number[]; current: number }>,
  at: Date,
) {
  const roles = ['group_head', 'deputy', 'director'];
  const rows: unknown[][] = [];
  plans.forEach((p, k) => {
    if (p.status === 'draft') return;
    p.chain.forEach((assignee, j) => {
      const order = j + 1;
      const done = p.status === 'approved' || (p.status === 'in_review' && order < p.current);
      const state = done
        ? 'approved'
        : p.status === 'returned' && order === 1
          ? 'returned'
          : p.status === 'returned'
            ? 'cancelled'
            : 'pending';
      rows.push([
        orgId,
        firstId + k,
        1,
        order,
        roles[j],
        assignee,
        'own',
        null,
        order === p.chain.length ? 1 : 0,
        state,
        done ? 'เพื่อโปรดพิจารณา' : '',
        order <= Math.max(1, p.current) ? at : null,
        done ? at : null,
      ]);
    });
  });
  if (rows.length === 0) return;
  await db.query(
    'INSERT INTO memo_step (org_id, memo_id, `round`, step_order, role, assignee_user_id, capacity, delegation_id, is_final, state, note, activated_at, acted_at) VALUES ?',
    [rows],
  );
}

export async function seedMillion(
  url: string,
  offices: SeededOffice[],
  plan: SeedPlan,
  progress: (done: number) => void,
): Promise<void> {
  const db = await createConnection({
    uri: url.replace(/^mariadb:/, 'mysql:'),
    timezone: 'Z',
    charset: 'utf8mb4',
  });
  try {
    const perOffice = Math.floor(plan.memos / offices.length);
    const start = new Date(Date.now() - perOffice * 60_000);
    let done = 0;
    for (const [i, office] of offices.entries()) {
      const count =
        i === offices.length - 1 ? plan.memos - perOffice * (offices.length - 1) : perOffice;
      await seedMemos(db, await officeFacts(db, office), count, start);
      done += count;
      progress(done);
    }
    await db.query('ANALYZE TABLE memo, memo_step');
  } finally {
    await db.end();
  }
}
