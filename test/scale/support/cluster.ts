// Two API instances and one worker behind HAProxy, on one MariaDB database, a private Redis and
// (when the tier provides it) the S3 server: the topology of deploy/, on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from '../../crash/support/api';
import { createDatabase, type CrashDatabase } from '../../crash/support/database';
import { descendants, userDataDirs } from '../../crash/support/processes';
import type { KilledServer } from '../../crash/support/census';
import { freePort, runCli, ServerProcess, WORKER } from '../../crash/support/server';
import { HaproxyProcess, RedisProcess } from './services';

/** Shared by every instance, so a token signed by one is good at the other. */
const JWT_SECRET = 'scale-tier-secret-shared-by-every-instance-000';
const WORKER_READY = 'taking jobs';

/** The S3 settings the tier passes (scripts/test-all.js starts Swift); none means local disk. */
export const s3Settings = (): NodeJS.ProcessEnv | undefined =>
  process.env.S3_ENDPOINT
    ? {
        STORAGE: 's3',
        S3_ENDPOINT: process.env.S3_ENDPOINT,
        S3_REGION: process.env.S3_REGION ?? 'us-east-1',
        S3_BUCKET: process.env.S3_BUCKET ?? 'saraban-scale',
        S3_ACCESS_KEY_ID: process.env.S3_ACCESS_KEY_ID,
        S3_SECRET_ACCESS_KEY: process.env.S3_SECRET_ACCESS_KEY,
      }
    : undefined;

/** What the benchmark (bench/scale.bench.ts) changes; the tier uses the defaults. */
export interface ClusterOptions {
  /** An existing, seeded database (migrated forward, not seeded, kept at the end). */
  database?: CrashDatabase;
  /** Settings over the tier's (e.g. slower polls). */
  env?: NodeJS.ProcessEnv;
  /** More environment for worker number n (1, 2, …), e.g. to start it in a cgroup. */
  workerEnv?: (n: number) => NodeJS.ProcessEnv;
}

export class Cluster {
  readonly apis: ServerProcess[] = [];
  /** One client per API instance, in order; `front` goes through HAProxy. */
  readonly direct: Api[] = [];
  front!: Api;
  worker!: ServerProcess;
  /** Workers started beside the first one (addWorker). */
  readonly moreWorkers: ServerProcess[] = [];
  private readonly haproxies: HaproxyProcess[] = [];
  private workerStarts = 0;

  private constructor(
    readonly db: CrashDatabase,
    readonly redis: RedisProcess,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly workerEnv: (n: number) => NodeJS.ProcessEnv,
  ) {}

  static async start(instances = 2, options: ClusterOptions = {}): Promise<Cluster> {
    const db = options.database ?? (await createDatabase('mariadb'));
    const redis = await RedisProcess.start();
    const dir = mkdtempSync(join(tmpdir(), 'saraban-scale-'));
    const env = { ...clusterEnv(db, redis), ...options.env };
    const cluster = new Cluster(db, redis, dir, env, options.workerEnv ?? (() => ({})));
    try {
      await runCli(['migrate'], cluster.processEnv('cli'));
      if (!options.database) await runCli(['seed-demo'], cluster.processEnv('cli'));
      await db.open();
      await cluster.startWorker();
      for (let i = 0; i < instances; i++) await cluster.startApi(await freePort());
      cluster.front = await cluster.frontOver(instances);
      return cluster;
    } catch (error) {
      // Nothing left running (Redis, a worker, an instance) when the start fails half-way.
      await cluster.stop().catch(() => undefined);
      throw error;
    }
  }

  /** HAProxy in front of the first `count` API instances. */
  async frontOver(count: number): Promise<Api> {
    const ports = this.direct.slice(0, count).map((a) => portOf(a));
    const haproxy = await HaproxyProcess.start(this.dir, ports, `haproxy-${this.haproxies.length}`);
    this.haproxies.push(haproxy);
    return new Api(haproxy.url);
  }

  /** With S3 each process has a data folder of its own: nothing is shared through the disk. */
  private processEnv(name: string): NodeJS.ProcessEnv {
    const own = s3Settings() ? join(this.dir, name) : this.env.DATA_DIR;
    return { ...this.env, DATA_DIR: own };
  }

  async startWorker(): Promise<void> {
    this.worker = await this.launchWorker();
  }

  /** One more worker: it takes jobs and runs the same schedulers. */
  async addWorker(): Promise<void> {
    this.moreWorkers.push(await this.launchWorker());
  }

  /** Every worker started so far, the first one first. */
  get workers(): ServerProcess[] {
    return [this.worker, ...this.moreWorkers];
  }

  private async launchWorker(): Promise<ServerProcess> {
    this.workerStarts++;
    const name = `worker-${this.workerStarts}`;
    const env = {
      ...this.processEnv(name),
      LOG_LEVEL: 'info',
      ...this.workerEnv(this.workerStarts),
    };
    const worker = new ServerProcess(env, join(this.dir, `${name}.log`), WORKER);
    await worker.startUntilLogged(WORKER_READY);
    return worker;
  }

  /** SIGKILL the worker; returns what the census needs to look for its leftovers. */
  async killWorker(): Promise<KilledServer> {
    const children = descendants(this.worker.pid);
    const killed = { pid: this.worker.pid, children, profileDirs: userDataDirs(children) };
    await this.worker.kill9();
    return killed;
  }

  async startApi(port: number, index = this.apis.length): Promise<void> {
    const env = { ...this.processEnv(`api${index + 1}`), PORT: String(port) };
    const api = new ServerProcess(env, join(this.dir, `api${index + 1}.log`));
    const client = new Api(`http://127.0.0.1:${port}`);
    await api.start(client.baseUrl);
    this.apis[index] = api;
    this.direct[index] = client;
  }

  async restartApi(index: number): Promise<void> {
    await this.apis[index].stop();
    await this.startApi(portOf(this.direct[index]), index);
  }

  logs(): string {
    const tail = (p: ServerProcess, name: string) => `--- ${name} ---\n${p.logTail(15)}`;
    return [tail(this.worker, 'worker'), ...this.apis.map((a, i) => tail(a, `api${i + 1}`))].join(
      '\n',
    );
  }

  async stop(): Promise<void> {
    for (const haproxy of this.haproxies) await haproxy.stop();
    for (const api of this.apis) await api.stop();
    await this.worker?.stop();
    for (const worker of this.moreWorkers) await worker.stop();
    await this.redis.kill();
    await this.db.dispose();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const portOf = (api: Api): number => Number(new URL(api.baseUrl).port);

function clusterEnv(db: CrashDatabase, redis: RedisProcess): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...db.env,
    ...s3Settings(),
    REDIS_URL: redis.url,
    JWT_SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '1000',
    OUTBOX_POLL_MS: '500',
    REMINDER_POLL_MS: '1000',
    TRUST_PROXY: 'loopback',
  };
}
