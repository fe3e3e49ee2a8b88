// Redis and HAProxy as the tier's own child processes on free loopback ports: the shared Redis
// of the machine is never restarted, and each run starts from an empty one.
import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, sleep } from '../../crash/support/server';

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.end() !== undefined));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port}`);
    await sleep(100);
  }
}

const exitOf = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/** A redis-server that keeps nothing on disk, like the machine's own. */
export class RedisProcess {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisProcess> {
    const redis = new RedisProcess(await freePort());
    await redis.launch();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** SIGKILL and start again on the same port, empty: everything queued in it is gone. */
  async restart(downMs: number): Promise<void> {
    await this.kill();
    await sleep(downMs);
    await this.launch();
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill('SIGKILL');
    await exitOf(child);
  }

  private async launch(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', ''];
    this.child = spawn('redis-server', [...args, '--appendonly', 'no'], { stdio: 'ignore' });
    await waitForPort(this.port);
  }
}

/** HAProxy in front of the API instances, round robin, health-checked like deploy/haproxy. */
export class HaproxyProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(dir: string, backends: number[], name = 'haproxy'): Promise<HaproxyProcess> {
    const port = await freePort();
    const file = join(dir, `${name}.cfg`);
    writeFileSync(file, haproxyConfig(port, backends));
    const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
    await waitForPort(port).catch((e: Error) => {
      throw new Error(`${e.message}: haproxy said ${errors}`);
    });
    return new HaproxyProcess(child, port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await exitOf(this.child);
  }
}

function haproxyConfig(port: number, backends: number[]): string {
  const servers = backends.map(
    (p, i) => `    server api${i + 1} 127.0.0.1:${p} check inter 1s fall 2 rise 1`,
  );
  return [
    'global',
    '    maxconn 512',
    'defaults',
    '    mode http',
    '    timeout connect 2s',
    '    timeout client 60s',
    '    timeout server 60s',
    '    option forwardfor',
    `frontend saraban`,
    `    bind 127.0.0.1:${port}`,
    '    default_backend api',
    'backend api',
    '    balance roundrobin',
    '    option httpchk GET /api/health',
    ...servers,
    '',
  ].join('\n');
}
