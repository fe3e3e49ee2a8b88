// The compiled server and CLI as real child processes: started, probed, killed with SIGKILL.
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { descendants, killTrees, userDataDirs } from './processes';

export const ROOT = join(__dirname, '..', '..', '..');
/** CRASH_SERVER_ROOT runs another checkout's build (e.g. an older commit) under this tier. */
const SERVER_ROOT = process.env.CRASH_SERVER_ROOT ?? ROOT;
const MAIN = join(SERVER_ROOT, 'dist', 'src', 'main.js');
/** The BullMQ worker (issue 19): no HTTP; it says "taking jobs" once ready. */
export const WORKER = join(SERVER_ROOT, 'dist', 'src', 'worker.js');
const CLI = join(SERVER_ROOT, 'dist', 'src', 'cli.js');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nest build\` first`);
}

/** `node dist/src/cli.js <args>` with the server's environment (migrate, seed-demo). */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI, ...args], {
    cwd: SERVER_ROOT,
    env,
    timeout: 120_000,
  });
}

/** One `node dist/src/main.js` (or `entry`); its output goes to `logFile`. */
export class ServerProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    private readonly entry = MAIN,
  ) {}

  get pid(): number {
    if (!this.child?.pid) throw new Error('server not started');
    return this.child.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && !this.child.signalCode;
  }

  /** Starts it and waits for GET /api/health to answer 200. */
  async start(baseUrl: string, timeoutMs = 120_000): Promise<void> {
    this.spawn();
    await this.waitHealthy(baseUrl, timeoutMs);
  }

  /** Starts a process without HTTP and waits until its log holds `ready`. */
  async startUntilLogged(ready: string, timeoutMs = 120_000): Promise<void> {
    const from = existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').length : 0;
    this.spawn();
    const deadline = Date.now() + timeoutMs;
    while (!readFileSync(this.logFile, 'utf8').slice(from).includes(ready)) {
      if (!this.running) throw new Error(`process exited at start-up:\n${this.logTail()}`);
      if (Date.now() > deadline)
        throw new Error(`not ready in ${timeoutMs} ms:\n${this.logTail()}`);
      await sleep(200);
    }
  }

  private spawn(): void {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [this.entry], {
      cwd: SERVER_ROOT,
      env: this.env,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  private async waitHealthy(baseUrl: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`server exited at start-up:\n${this.logTail()}`);
      const status = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await sleep(250);
    }
    throw new Error(`server not healthy after ${timeoutMs} ms:\n${this.logTail()}`);
  }

  /** SIGKILL now (no shutdown hook runs), then wait until it is gone. */
  async kill9(): Promise<void> {
    if (!this.running) return;
    process.kill(this.pid, 'SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM, shutdown hooks), then SIGKILL for it and its children if stuck. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    const children = descendants(this.pid);
    process.kill(this.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.exited?.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
    ]);
    clearTimeout(timer); // a pending timer would keep Jest from exiting
    if (timedOut) await this.kill9();
    killTrees(children);
    for (const dir of userDataDirs(children)) rmSync(dir, { recursive: true, force: true });
  }

  logTail(lines = 30): string {
    if (!existsSync(this.logFile)) return '(no log)';
    const tail = readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    return tail || '(nothing logged at LOG_LEVEL=warn)';
  }
}
