// Memos driven through the cluster's instances, and what the database says became of them.
import type { MemoJson } from '../../support/memos';
import { type Api, signIn, toDirectorStep, type Tokens } from '../../crash/support/api';
import { takeCensus, type KilledServer } from '../../crash/support/census';
import type { CrashDatabase } from '../../crash/support/database';
import { censusChecks, describeSeqs, type Check } from '../../crash/support/report';
import { sleep } from '../../crash/support/server';

export { signIn, type Tokens };

/** Runs `work` over `items`, `width` at a time, in order of start. */
export async function inBatches<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    const batch = items.slice(i, i + width);
    results.push(...(await Promise.all(batch.map((item, k) => work(item, i + k)))));
  }
  return results;
}

/** `count` memos waiting on the director, their steps spread over the instances. */
export function memosAtDirector(apis: Api[], tokens: Tokens, count: number): Promise<MemoJson[]> {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return inBatches(numbers, 8, (n, i) => toDirectorStep(apis[i % apis.length], tokens, n));
}

export async function sealedCount(db: CrashDatabase, ids: number[]): Promise<number> {
  const [row] = await db.query(
    `SELECT COUNT(*) AS n FROM sealed_document
      WHERE document_type = 'memo' AND sha256 IS NOT NULL AND document_id IN (${ids.join(',')})`,
  );
  return Number(row.n);
}

export async function waitFor(what: string, timeoutMs: number, done: () => Promise<boolean>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

export async function userId(db: CrashDatabase, username: string): Promise<number> {
  const [user] = await db.query('SELECT id FROM app_user WHERE username = ?', [username]);
  return Number(user.id);
}

/**
 * Polls until every approved memo of `ids` is sealed, evidenced and notified exactly once (and
 * nothing of the others), or `timeoutMs` passes; returns the failing checks (none: settled).
 * The register is checked over the whole office, since the tier's tests share it.
 */
export async function settle(
  db: CrashDatabase,
  ids: number[],
  answeredOk: number[],
  killed: KilledServer,
  timeoutMs: number,
): Promise<Check[]> {
  const author = await userId(db, 'officer');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const census = await takeCensus(db, ids, author, killed);
    const fired = { killDelayMs: 0, firstAnswerMs: 0, killMs: 0, answeredOk, refused: 0, lost: 0 };
    const checks = censusChecks(census, fired).filter((c) => !c.what.startsWith('outgoing'));
    const failed = [...checks, await registerCheck(db)].filter((c) => !c.ok);
    if (failed.length === 0 || Date.now() > deadline) return failed;
    await sleep(500);
  }
}

/** The outgoing register: 1..n without a gap or a repeat, n the approved memos. */
async function registerCheck(db: CrashDatabase): Promise<Check> {
  const seqs = (
    await db.query("SELECT seq FROM register_entry WHERE register = 'outgoing' ORDER BY seq")
  ).map((r) => Number(r.seq));
  const [approved] = await db.query("SELECT COUNT(*) AS n FROM memo WHERE status = 'approved'");
  const n = Number(approved.n);
  const expected = describeSeqs(Array.from({ length: n }, (_, i) => i + 1));
  const measured = describeSeqs(seqs);
  return { what: 'outgoing register', expected, measured, ok: expected === measured };
}
