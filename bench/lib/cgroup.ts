// A CPU quota share for one process tree (`npm run bench scale`): a cgroup whose quota caps
// the process and every child it starts (Chromium's), and whose counter says how much
// processor time they used together. cgroup v1 (cpu and cpuacct controllers, mounted together
// or apart) or v2; needs root.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = '/sys/fs/cgroup';
const PERIOD_US = 100_000;

interface Layout {
  version: 1 | 2;
  /** Where the quota is set (v1: the cpu controller; v2: the one tree). */
  cpu: string;
  /** Where usage is counted (v1: cpuacct, which may be mounted with cpu). */
  acct: string;
}

function layout(): Layout {
  if (existsSync(join(ROOT, 'cpu', 'cpu.cfs_quota_us'))) {
    const acct = existsSync(join(ROOT, 'cpuacct', 'cpuacct.usage'))
      ? join(ROOT, 'cpuacct')
      : join(ROOT, 'cpu');
    return { version: 1, cpu: join(ROOT, 'cpu'), acct };
  }
  if (existsSync(join(ROOT, 'cgroup.controllers'))) return { version: 2, cpu: ROOT, acct: ROOT };
  throw new Error(`no cgroup cpu controller under ${ROOT} (mount | grep cgroup)`);
}

/** Node code run before the worker's own (`--require`): it joins its cgroup(s) first. */
const JOIN_SCRIPT = `'use strict';
const { appendFileSync } = require('node:fs');
for (const file of (process.env.BENCH_CGROUP_PROCS || '').split(':').filter(Boolean))
  appendFileSync(file, String(process.pid));
`;

export class CpuCgroup {
  private constructor(
    private readonly at: Layout,
    readonly name: string,
  ) {}

  /** Creates (or takes over) `name` with no quota yet. */
  static create(name: string): CpuCgroup {
    const at = layout();
    if (at.version === 2) writeFileSync(join(ROOT, 'cgroup.subtree_control'), '+cpu');
    for (const dir of new Set([at.cpu, at.acct])) mkdirSync(join(dir, name), { recursive: true });
    const group = new CpuCgroup(at, name);
    group.setShare(null);
    return group;
  }

  /** Writes the script that joins the cgroups of BENCH_CGROUP_PROCS into `dir`. */
  static joinScript(dir: string): string {
    const file = join(dir, 'join-cgroup.js');
    writeFileSync(file, JOIN_SCRIPT);
    return file;
  }

  /** The environment that puts a Node process (and its children) in this cgroup at start. */
  joinEnv(script: string): NodeJS.ProcessEnv {
    const procs = [...new Set([this.at.cpu, this.at.acct])].map((d) =>
      join(d, this.name, 'cgroup.procs'),
    );
    return { NODE_OPTIONS: `--require ${script}`, BENCH_CGROUP_PROCS: procs.join(':') };
  }

  /** Caps the group at `share` of one CPU (0.25: 25 ms per 100 ms); null lifts the cap. */
  setShare(share: number | null): void {
    const dir = join(this.at.cpu, this.name);
    if (this.at.version === 2) {
      const quota = share === null ? 'max' : String(Math.round(share * PERIOD_US));
      writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
      return;
    }
    writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
    writeFileSync(
      join(dir, 'cpu.cfs_quota_us'),
      share === null ? '-1' : String(Math.round(share * PERIOD_US)),
    );
  }

  /** Processor time used by everything in the group since it was created, in ms. */
  usageMs(): number {
    if (this.at.version === 2) return this.stat('cpu.stat').usage_usec / 1000;
    return Number(readFileSync(join(this.at.acct, this.name, 'cpuacct.usage'), 'utf8')) / 1e6;
  }

  /** Periods in which the quota stopped the group, and for how long in all (ms). */
  throttled(): { periods: number; ms: number } {
    const stat = this.stat('cpu.stat');
    return this.at.version === 2
      ? { periods: stat.nr_throttled ?? 0, ms: (stat.throttled_usec ?? 0) / 1000 }
      : { periods: stat.nr_throttled ?? 0, ms: (stat.throttled_time ?? 0) / 1e6 };
  }

  /** Removes the group once its processes have gone (a leftover one keeps it: harmless). */
  remove(): void {
    for (const dir of new Set([this.at.cpu, this.at.acct])) {
      try {
        rmdirSync(join(dir, this.name));
      } catch {
        // still has a process: the kernel refuses, and the next run takes it over
      }
    }
  }

  private stat(file: string): Record<string, number> {
    const text = readFileSync(join(this.at.cpu, this.name, file), 'utf8');
    return Object.fromEntries(
      text
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([key, value]) => [key, Number(value)]),
    );
  }
}

/** Processor time one process has used so far (its own threads, not its children), in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return ticks * 10; // USER_HZ is 100 on Linux
}
