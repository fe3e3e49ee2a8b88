// `npm run bench soak [-- --minutes=10 --sample-seconds=5 --approvers=3 --readers=2 --mysql
//   --server-heap-mb=N]`
// Runs approvals (each memo drafted, submitted and approved to the end, which renders and seals
// its PDF) and PDF downloads (sealed copies and rendered previews) together for N minutes against
// the built app in its own process, sampling the resident memory of the Node server and of its
// Chromium processes. Writes the `soak` section of bench/results.json: start, end, max and the
// least-squares slope (MB/min) of each, so a leak shows as a slope that does not flatten.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { hasFlag, numberFlag } from './lib/args';
import { printTable, writeSection } from './lib/results';
import { loginToken, startServer } from './lib/server';

const minutes = numberFlag('minutes', 10);
const sampleSeconds = numberFlag('sample-seconds', 5);
const approvers = numberFlag('approvers', 3);
const readers = numberFlag('readers', 2);
const useMysql = hasFlag('mysql');
// Caps the server's V8 old space: a leak then ends in an out-of-memory crash, a heap that was
// only settling stays flat under the cap.
const serverHeapMB = numberFlag('server-heap-mb', 0);
const PORT = 3902;
const PASSWORD = 'soak-password-1234';
const JWT_SECRET = 'soak-secret-that-is-long-enough-for-hs256-00000';
const ROOT = join(__dirname, '..');
const serverUrl = process.env.BENCH_SERVER_URL ?? 'mariadb://root@127.0.0.1:3306';
const dbName = 'saraban_soak';

interface Sample {
  seconds: number;
  nodeMB: number;
  chromiumMB: number;
  /** Proportional set size: shared pages divided among the processes sharing them. */
  chromiumPssMB: number;
  chromiumProcesses: number;
}

/** Resident memory of a process in MB (VmRSS), or 0 when it has gone. */
function rssMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Proportional set size in MB (Pss of smaps_rollup), or 0 when unreadable. */
function pssMB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every descendant of `root` (Chromium's browser, zygotes, renderers, GPU and utility). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function sample(serverPid: number, startedAt: number): Sample {
  const chromium = descendants(serverPid);
  return {
    seconds: (performance.now() - startedAt) / 1000,
    nodeMB: rssMB(serverPid),
    chromiumMB: chromium.reduce((sum, pid) => sum + rssMB(pid), 0),
    chromiumPssMB: chromium.reduce((sum, pid) => sum + pssMB(pid), 0),
    chromiumProcesses: chromium.length,
  };
}

/** Least-squares slope of y over time, per minute. */
function slopePerMinute(points: Array<{ x: number; y: number }>): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : (sxy / sxx) * 60;
}

function growth(samples: Sample[], key: 'nodeMB' | 'chromiumMB' | 'chromiumPssMB') {
  const values = samples.map((s) => s[key]);
  const points = samples.map((s) => ({ x: s.seconds, y: s[key] }));
  // The first minute is warm-up (JIT, pools filling, Chromium's first pages): reported apart.
  const steady = points.filter((p) => p.x >= 60);
  const lastHalf = points.filter((p) => p.x >= points[points.length - 1].x / 2);
  const round = (v: number | null, digits = 1) =>
    v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    startMB: round(values[0]),
    endMB: round(values[values.length - 1]),
    maxMB: round(Math.max(...values)),
    slopeMBPerMin: round(slopePerMinute(points), 2),
    steadySlopeMBPerMin: round(slopePerMinute(steady), 2),
    lastHalfSlopeMBPerMin: round(slopePerMinute(lastHalf), 2),
  };
}

/** A fresh database: the embedded SQLite default, or a MariaDB database with --mysql. */
async function prepareDatabase(): Promise<{ env: Record<string, string>; cleanup: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saraban-soak-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    JWT_SECRET,
    JWT_TTL_SECONDS: '86400',
    DEMO_PASSWORD: PASSWORD,
    LOGIN_THROTTLE_LIMIT: '1000',
    PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
  };
  if (useMysql) {
    const db = await createConnection({ uri: serverUrl.replace(/^mariadb:/, 'mysql:') });
    await db.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
    await db.query(
      `CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await db.end();
    env.DATABASE_URL = `${serverUrl}/${dbName}`;
  }
  const cli = (command: string) =>
    execFileSync('node', [join(ROOT, 'dist/src/cli.js'), command], {
      cwd: ROOT,
      // NODE_ENV=test: the operator commands need no warm Chromium.
      env: { ...process.env, ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
  cli('migrate');
  cli('seed-demo');
  return { env, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

interface Memo {
  id: number;
  version: number;
  status: string;
  steps: Array<{ assigneeUsername: string; state: string }>;
}

class Client {
  private readonly tokens = new Map<string, Promise<string>>();
  readonly counts: Record<string, number> = {};
  readonly approved: number[] = [];
  readonly inReview: number[] = [];

  constructor(private readonly url: string) {}

  private token(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      token = loginToken(this.url, username, PASSWORD);
      this.tokens.set(username, token);
    }
    return token;
  }

  private count(what: string, status: number) {
    const key = `${what} ${status}`;
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }

  async call<T>(what: string, username: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token(username)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    this.count(what, res.status);
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, bytes, json: () => JSON.parse(bytes.toString('utf8')) as T };
  }

  /**
   * One memo from draft to approved: create, submit, then each step's approval; the last one
   * renders and seals the PDF. With `approve` false the memo is left in review, for previews.
   */
  async approvalCycle(n: number, approve = true): Promise<void> {
    const created = await this.call<Memo>('create', 'officer', 'POST', '/api/memos', {
      subject: `ขออนุมัติจัดประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส ครั้งที่ ${n}`,
      to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
      paragraphs: [
        'เรื่องเดิม ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กำหนดการประเมินคุณธรรมและความโปร่งใส นั้น',
        'ข้อเสนอ เห็นควรจัดประชุมชี้แจงบุคลากรในสำนักงาน ณ ห้องประชุม ๑ '.repeat(1 + (n % 5)),
      ],
    });
    if (created.status !== 201) return;
    const id = created.json().id;
    let memo = await this.call<Memo>('submit', 'officer', 'POST', `/api/memos/${id}/submit`, {});
    if (memo.status !== 200) return;
    if (!approve) {
      this.inReview.push(id);
      return;
    }
    let current = memo.json();
    while (current.status === 'in_review') {
      const step = current.steps.find((s) => s.state === 'pending');
      if (!step) return;
      memo = await this.call<Memo>(
        'approve',
        step.assigneeUsername,
        'POST',
        `/api/memos/${id}/approve`,
        {
          version: current.version,
        },
      );
      if (memo.status !== 200) return;
      current = memo.json();
    }
    if (current.status === 'approved') this.approved.push(id);
  }

  /** A sealed PDF (stored bytes) or a preview of a memo in review (a fresh render). */
  async download(n: number): Promise<void> {
    const preview = n % 2 === 0;
    const pool = preview ? this.inReview : this.approved;
    if (pool.length === 0) return;
    const id = pool[Math.floor(Math.random() * pool.length)];
    await this.call(preview ? 'preview' : 'sealed pdf', 'director', 'GET', `/api/memos/${id}/pdf`);
  }
}

async function main() {
  const { env, cleanup } = await prepareDatabase();
  const heapCap: Record<string, string> =
    serverHeapMB > 0 ? { NODE_OPTIONS: `--max-old-space-size=${serverHeapMB}` } : {};
  const server = await startServer({ ...env, ...heapCap }, PORT);
  const serverPid = server.child.pid;
  if (!serverPid) throw new Error('the server has no pid');
  const client = new Client(server.url);
  const samples: Sample[] = [];
  const startedAt = performance.now();
  const deadline = startedAt + minutes * 60_000;
  try {
    samples.push(sample(serverPid, startedAt));
    const sampler = setInterval(() => {
      const s = sample(serverPid, startedAt);
      samples.push(s);
      process.stdout.write(
        `\r  ${s.seconds.toFixed(0)} s  node ${s.nodeMB.toFixed(0)} MB  chromium ${s.chromiumMB.toFixed(0)} MB RSS, ${s.chromiumPssMB.toFixed(0)} MB PSS (${s.chromiumProcesses} processes)   `,
      );
    }, sampleSeconds * 1000);
    let cycles = 0;
    let downloads = 0;
    const loop = async (work: () => Promise<void>) => {
      while (performance.now() < deadline) {
        await work().catch(() => {
          client.counts['network error'] = (client.counts['network error'] ?? 0) + 1;
        });
      }
    };
    // Memos left in review (previews render afresh each time) and one sealed to start with.
    for (let i = 0; i < 20; i++) await client.approvalCycle(cycles++, false);
    await client.approvalCycle(cycles++);
    await Promise.all([
      ...Array.from({ length: approvers }, () => loop(() => client.approvalCycle(cycles++))),
      ...Array.from({ length: readers }, () => loop(() => client.download(downloads++))),
    ]);
    clearInterval(sampler);
    samples.push(sample(serverPid, startedAt));
    console.log();
    const node = growth(samples, 'nodeMB');
    const chromium = growth(samples, 'chromiumMB');
    const chromiumPss = growth(samples, 'chromiumPssMB');
    const seconds = (performance.now() - startedAt) / 1000;
    const statuses = Object.entries(client.counts);
    const failures = Object.fromEntries(statuses.filter(([k]) => !/ 20[01]$/.test(k)));
    const result = {
      minutes,
      database: useMysql ? 'mariadb' : 'sqlite',
      serverHeapLimitMB: serverHeapMB > 0 ? serverHeapMB : null,
      serverExitCode: server.child.exitCode,
      approvers,
      readers,
      sampleSeconds,
      samples: samples.length,
      memosApproved: client.approved.length,
      approvalsPerMinute: Math.round((client.approved.length / seconds) * 60 * 10) / 10,
      previews: client.counts['preview 200'] ?? 0,
      sealedDownloads: client.counts['sealed pdf 200'] ?? 0,
      requests: statuses.reduce((s, [, v]) => s + v, 0),
      failures,
      node,
      chromium,
      chromiumPss,
      chromiumProcessesMax: Math.max(...samples.map((s) => s.chromiumProcesses)),
    };
    writeSection('soak', result);
    const row = (process: string, g: ReturnType<typeof growth>) => ({
      process,
      ...Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v ?? '—'])),
    });
    printTable(`Soak: ${minutes} min of approvals and PDFs (${result.database})`, [
      row('node server', node),
      row('chromium, RSS summed', chromium),
      row('chromium, PSS summed', chromiumPss),
    ]);
    console.log(
      `\n${result.memosApproved} memos approved and sealed, ${result.previews} previews, ${result.sealedDownloads} sealed downloads; failures: ${JSON.stringify(failures)}`,
    );
  } finally {
    await server.stop();
    cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
