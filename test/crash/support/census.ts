// Counts, straight from the database and /proc, what a crashed approval left behind.
import { existsSync } from 'node:fs';
import type { CrashDatabase, Row } from './database';
import {
  isAlive,
  processesWith,
  profileDirsOf,
  profilePrefix,
  type ProcessRecord,
} from './processes';

/** The killed server: its pid and the processes and profile folders it had when it was killed. */
export interface KilledServer {
  pid: number;
  children: ProcessRecord[];
  profileDirs: string[];
}

export interface Census {
  /** Memos of the run whose approval committed (status approved), whatever the client saw. */
  committed: number[];
  /** Memos of the run whose seal has its sha256 (rendered and stored). */
  sealed: Map<number, string>;
  /** OIT evidence rows (kind memo) per memo. */
  evidence: Map<number, number>;
  /** 'memo.approved' notifications to the author, per memo. */
  notified: Map<number, number>;
  /** Evidence, notifications or seals of memos whose approval did not commit. */
  strays: number;
  /** seq of the office's outgoing register, in order. */
  register: number[];
  chromiumLeft: ProcessRecord[];
  profileDirsLeft: string[];
}

const placeholders = (ids: number[]) => ids.map(() => '?').join(', ');

function countsBy(rows: Row[], key: string): Map<number, number> {
  return new Map(rows.map((r) => [Number(r[key]), Number(r.n)]));
}

/** The rows the census counts, of this run's memos (and the office's outgoing register). */
async function readRows(db: CrashDatabase, memoIds: number[], authorUserId: number) {
  const ids = placeholders(memoIds);
  const [memos, seals, evidence, notified, register] = await Promise.all([
    db.query(`SELECT id, status FROM memo WHERE id IN (${ids})`, memoIds),
    db.query(
      `SELECT document_id, sha256 FROM sealed_document
        WHERE document_type = 'memo' AND document_id IN (${ids})`,
      memoIds,
    ),
    db.query(
      `SELECT document_id, COUNT(*) AS n FROM oit_evidence
        WHERE kind = 'memo' AND document_id IN (${ids}) GROUP BY document_id`,
      memoIds,
    ),
    db.query(
      `SELECT memo_id, COUNT(*) AS n FROM notification
        WHERE kind = 'memo.approved' AND user_id = ? AND memo_id IN (${ids}) GROUP BY memo_id`,
      [authorUserId, ...memoIds],
    ),
    db.query(`SELECT seq FROM register_entry WHERE register = 'outgoing' ORDER BY seq`),
  ]);
  return { memos, seals, evidence, notified, register };
}

export async function takeCensus(
  db: CrashDatabase,
  memoIds: number[],
  authorUserId: number,
  killed: KilledServer,
): Promise<Census> {
  const rows = await readRows(db, memoIds, authorUserId);
  const committed = rows.memos.filter((m) => m.status === 'approved').map((m) => Number(m.id));
  const done = new Set(committed);
  const strays = (list: Row[], key: string) => list.filter((r) => !done.has(Number(r[key]))).length;
  const hashed = rows.seals.filter((r) => r.sha256);
  return {
    committed,
    sealed: new Map(hashed.map((r) => [Number(r.document_id), String(r.sha256)])),
    evidence: countsBy(rows.evidence, 'document_id'),
    notified: countsBy(rows.notified, 'memo_id'),
    strays:
      strays(rows.seals, 'document_id') +
      strays(rows.evidence, 'document_id') +
      strays(rows.notified, 'memo_id'),
    register: rows.register.map((r) => Number(r.seq)),
    ...leftovers(killed),
  };
}

/** What of the killed server's Chromium still runs, and which of its profile folders remain. */
function leftovers(killed: KilledServer): Pick<Census, 'chromiumLeft' | 'profileDirsLeft'> {
  const byPrefix = processesWith(`--user-data-dir=${profilePrefix(killed.pid)}`);
  const recorded = killed.children.filter(isAlive);
  const chromiumLeft = [
    ...recorded,
    ...byPrefix.filter((p) => !recorded.some((r) => r.pid === p.pid)),
  ];
  const dirs = new Set([...killed.profileDirs, ...profileDirsOf(killed.pid)]);
  return { chromiumLeft, profileDirsLeft: [...dirs].filter((d) => existsSync(d)) };
}
