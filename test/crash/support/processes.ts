// Linux process bookkeeping from /proc: what a killed server leaves behind (its Chromium).
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRecord {
  pid: number;
  /** Clock ticks since boot (/proc/<pid>/stat field 22): tells a reused pid from the original. */
  startTime: string;
  command: string;
}

interface ProcStat {
  state: string;
  ppid: number;
  startTime: string;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields follow its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]), startTime: fields[19] };
  } catch {
    return undefined; // gone meanwhile
  }
}

function readCommand(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

const allPids = (): number[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

function record(pid: number, stat: ProcStat): ProcessRecord {
  return { pid, startTime: stat.startTime, command: readCommand(pid) };
}

/** Every process below `rootPid` (children, grandchildren …), read before it is killed. */
export function descendants(rootPid: number): ProcessRecord[] {
  const stats = new Map<number, ProcStat>();
  for (const pid of allPids()) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const found: ProcessRecord[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [pid, stat] of stats) {
      if (stat.ppid !== parent) continue;
      found.push(record(pid, stat));
      queue.push(pid);
    }
  }
  return found;
}

/** Still running, and the same process (not a reused pid)? Zombies count as gone. */
export function isAlive(rec: ProcessRecord): boolean {
  const stat = readStat(rec.pid);
  return stat !== undefined && stat.startTime === rec.startTime && stat.state !== 'Z';
}

/** Processes whose command line contains `fragment`. */
export function processesWith(fragment: string): ProcessRecord[] {
  const found: ProcessRecord[] = [];
  for (const pid of allPids()) {
    const command = readCommand(pid);
    const stat = command.includes(fragment) ? readStat(pid) : undefined;
    if (stat) found.push({ pid, startTime: stat.startTime, command });
  }
  return found.filter(isAlive);
}

/** The renderer's profile folders are named after the server's pid (README "Rendering"). */
export const profilePrefix = (serverPid: number): string =>
  join(tmpdir(), `saraban-chromium-${serverPid}-`);

/** Profile folders of `serverPid` in the temp folder. */
export function profileDirsOf(serverPid: number): string[] {
  return readdirSync(tmpdir())
    .map((name) => join(tmpdir(), name))
    .filter((path) => path.startsWith(profilePrefix(serverPid)));
}

/** The `--user-data-dir=` folders named on these processes' command lines. */
export function userDataDirs(records: ProcessRecord[]): string[] {
  const dirs = records.flatMap((r) => /--user-data-dir=(\S+)/.exec(r.command)?.[1] ?? []);
  return [...new Set(dirs)];
}

/** SIGKILL, by pid, those of `records` that are still the processes recorded. */
export function killAll(records: ProcessRecord[]): void {
  for (const rec of records) {
    if (!isAlive(rec)) continue;
    try {
      process.kill(rec.pid, 'SIGKILL');
    } catch {
      // exited between the check and the kill
    }
  }
}

/** SIGKILL these processes and everything below them (Chromium's zygotes and renderers). */
export function killTrees(records: ProcessRecord[]): void {
  const alive = records.filter(isAlive);
  killAll([...alive, ...alive.flatMap((r) => descendants(r.pid))]);
}
