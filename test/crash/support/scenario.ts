// One crash run: memos at the director's step, the final approvals fired at once, the server
// killed with SIGKILL shortly after the first answer, the director renamed, a restart, a census.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoJson } from '../../support/memos';
import { Api, signIn, toDirectorStep, type Tokens } from './api';
import { takeCensus, type Census, type KilledServer } from './census';
import { createDatabase, type CrashDatabase, type DatabaseKind } from './database';
import { checkPdfs, type DirectorNames } from './pdfs';
import { descendants, killTrees, processesWith, profilePrefix, userDataDirs } from './processes';
import { censusChecks, pdfChecks, summaryLine, type Check } from './report';
import { freePort, runCli, ServerProcess, sleep } from './server';

/** The outside tester's kill points, cycled over the runs. */
export const KILL_DELAYS_MS = [0, 20, 100];
/** Everything must hold this long after the restarted server answers /api/health. */
export const SETTLE_MS = 30_000;
/** Fixed so that tokens taken before the crash still work after the restart. */
const JWT_SECRET = 'crash-tier-secret-that-outlives-the-server-0000';
const RENAMED_LAST_NAME = 'เปลี่ยนสกุลหลังเหตุขัดข้อง';

export interface CrashPlan {
  kind: DatabaseKind;
  label: string;
  killDelayMs: number;
  memos: number;
}

/** What the client saw of the fired approvals, and when the server was killed. */
export interface Fired {
  killDelayMs: number;
  /** Milliseconds from firing. */
  firstAnswerMs: number;
  killMs: number;
  /** Memos whose approval was answered 200. */
  answeredOk: number[];
  /** Answered with another status. */
  refused: number;
  /** No answer before the kill. */
  lost: number;
}

export interface RunResult {
  checks: Check[];
  summary: string;
  logTail: string;
}

const intFromEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** CRASH_RUNS runs per database (default 2), CRASH_MEMOS approvals each (default 20). */
export function crashPlans(kind: DatabaseKind, offset: number): CrashPlan[] {
  const runs = intFromEnv('CRASH_RUNS', 2);
  return Array.from({ length: runs }, (_, i) => {
    const killDelayMs = KILL_DELAYS_MS[(offset + i) % KILL_DELAYS_MS.length];
    const label = `${kind} run ${i + 1}/${runs}`;
    return { kind, label, killDelayMs, memos: intFromEnv('CRASH_MEMOS', 20) };
  });
}

export class CrashRun {
  private db?: CrashDatabase;
  private server?: ServerProcess;
  private killed?: KilledServer;
  private starts = 0;

  constructor(private readonly plan: CrashPlan) {}

  async execute(): Promise<RunResult> {
    const lap = stopwatch();
    const { db, api, env } = await this.newOffice();
    lap('office');
    const first = await this.startServer(env, api);
    lap('start');
    const tokens = await signIn(api);
    const memos = await prepare(api, tokens, this.plan.memos);
    lap('memos');
    const names = await renamingDirector(db);
    const { fired, killed } = await this.fireAndKill(first, api, tokens.director, memos);
    await names.rename();
    await this.startServer(env, api);
    lap('crash+restart');
    const author = await userId(db, 'officer');
    const { census, settledMs } = await settle(db, memos, author, killed, fired);
    lap('settle');
    const pdfs = await checkPdfs(api, tokens.officer, census, names);
    const settled =
      settledMs === null ? `not settled in ${SETTLE_MS / 1000} s` : `settled in ${settledMs} ms`;
    return {
      checks: [...censusChecks(census, fired), ...pdfChecks(pdfs, census)],
      summary: `${summaryLine(this.plan.label, fired, census, pdfs)}; ${settled} (${lap('pdfs')})`,
      logTail: this.server?.logTail(15) ?? '',
    };
  }

  /** A fresh database, migrated and seeded with the demo office by the CLI. */
  private async newOffice() {
    const db = await createDatabase(this.plan.kind);
    this.db = db;
    const port = await freePort();
    const api = new Api(`http://127.0.0.1:${port}`);
    const env = serverEnv(db, port, api.baseUrl);
    await runCli(['migrate'], env);
    await runCli(['seed-demo'], env);
    await db.open();
    return { db, api, env };
  }

  private async startServer(env: NodeJS.ProcessEnv, api: Api): Promise<ServerProcess> {
    this.starts++;
    const server = new ServerProcess(env, join(env.DATA_DIR ?? '', `server-${this.starts}.log`));
    this.server = server;
    await server.start(api.baseUrl);
    return server;
  }

  /** Fires every approval at once; SIGKILL `killDelayMs` after the first answer. */
  private async fireAndKill(
    server: ServerProcess,
    api: Api,
    token: string,
    memos: MemoJson[],
  ): Promise<{ fired: Fired; killed: KilledServer }> {
    // Read before the kill: afterwards Chromium is re-parented and no longer ours to find.
    const children = descendants(server.pid);
    const killed = { pid: server.pid, children, profileDirs: userDataDirs(children) };
    this.killed = killed;
    const t0 = performance.now();
    const since = () => Math.round(performance.now() - t0);
    const statuses = new Map<number, number>();
    const calls = memos.map((m) =>
      api.approveStatus(token, m).then((status) => void statuses.set(m.id, status)),
    );
    await Promise.any(calls).catch(() => {
      throw new Error(`no approval was answered:\n${server.logTail()}`);
    });
    const firstAnswerMs = since();
    if (this.plan.killDelayMs > 0) await sleep(this.plan.killDelayMs);
    const killMs = since();
    await server.kill9();
    await Promise.allSettled(calls);
    const answered = [...statuses];
    const fired = {
      killDelayMs: this.plan.killDelayMs,
      firstAnswerMs,
      killMs,
      answeredOk: answered.filter(([, s]) => s === 200).map(([id]) => id),
      refused: answered.filter(([, s]) => s !== 200).length,
      lost: memos.length - answered.length,
    };
    return { fired, killed };
  }

  /** Kills what the killed server left (the census has counted it) and the restarted server. */
  async dispose(): Promise<void> {
    const killed = this.killed;
    this.killed = undefined;
    if (killed) {
      killTrees([
        ...killed.children,
        ...processesWith(`--user-data-dir=${profilePrefix(killed.pid)}`),
      ]);
      for (const dir of killed.profileDirs) rmSync(dir, { recursive: true, force: true });
    }
    await this.server?.stop();
    this.server = undefined;
    await this.db?.dispose();
    this.db = undefined;
  }
}

function serverEnv(db: CrashDatabase, port: number, baseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...db.env,
    PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    JWT_SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '1000',
  };
  if (!db.env.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/** Memos at the director's step, four drafted at a time (the machine may have two cores). */
async function prepare(api: Api, tokens: Tokens, count: number): Promise<MemoJson[]> {
  const memos: MemoJson[] = [];
  for (let i = 0; i < count; i += 4) {
    const batch = Array.from({ length: Math.min(4, count - i) }, (_, k) => i + k + 1);
    memos.push(...(await Promise.all(batch.map((n) => toDirectorStep(api, tokens, n)))));
  }
  return memos;
}

async function userId(db: CrashDatabase, username: string): Promise<number> {
  const [user] = await db.query('SELECT id FROM app_user WHERE username = ?', [username]);
  if (!user) throw new Error(`no user ${username}`);
  return Number(user.id);
}

/** The director's name as the approvals print it, and the rename done while the server is down. */
async function renamingDirector(
  db: CrashDatabase,
): Promise<DirectorNames & { rename(): Promise<void> }> {
  const [d] = await db.query(
    "SELECT id, title_prefix, first_name, last_name FROM app_user WHERE username = 'director'",
  );
  const atApproval = `${String(d.title_prefix)}${String(d.first_name)} ${String(d.last_name)}`;
  const rename = async () => {
    await db.query('UPDATE app_user SET last_name = ? WHERE id = ?', [RENAMED_LAST_NAME, d.id]);
  };
  return { atApproval, renamedLastName: RENAMED_LAST_NAME, rename };
}

/** Takes the census until every condition holds or SETTLE_MS has passed. */
async function settle(
  db: CrashDatabase,
  memos: MemoJson[],
  authorUserId: number,
  killed: KilledServer,
  fired: Fired,
): Promise<{ census: Census; settledMs: number | null }> {
  const ids = memos.map((m) => m.id);
  const started = Date.now();
  for (;;) {
    const census = await takeCensus(db, ids, authorUserId, killed);
    const settledMs = Date.now() - started;
    if (censusChecks(census, fired).every((c) => c.ok)) return { census, settledMs };
    if (settledMs >= SETTLE_MS) return { census, settledMs: null };
    await sleep(500);
  }
}

/** Seconds spent in each phase: lap(name) closes a phase and returns all phases so far. */
function stopwatch(): (phase: string) => string {
  const phases: string[] = [];
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    phases.push(`${phase} ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
    return phases.join(', ');
  };
}
