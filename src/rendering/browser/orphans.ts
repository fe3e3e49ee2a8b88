import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PROFILE_PREFIX, removeProfile } from './chromium';

/**
 * Chromium and profiles left by servers that died without closing them (kill -9, OOM killer).
 * The DevTools pipe makes a healthy browser quit with its server; a hung one cannot notice, and
 * no browser removes its own profile. So every launch first sweeps what dead servers left: the
 * owner's pid is in the profile's name, and a live owner's browser and profile are never touched
 * (another instance on this machine, tests in parallel). A parent-death signal was not chosen: Node
 * cannot set one without a wrapper binary (setpriv), and it would still leave the profile.
 */
export interface SweepResult {
  /** Browser processes killed (Linux only: found through /proc). */
  killed: number[];
  /** Profile directories removed. */
  removed: string[];
}

const USER_DATA_DIR = '--user-data-dir=';
const PROFILE_NAME = new RegExp(`^${PROFILE_PREFIX}(\\d+)-[^/]+$`);
const KILL_WAIT_MS = 2000;

export async function sweepOrphanedChromium(): Promise<SweepResult> {
  const browsers = orphanedProcesses();
  for (const pid of browsers) killTree(pid);
  await waitGone(browsers, KILL_WAIT_MS);
  const removed = orphanedProfiles().filter((dir) => removeProfile(dir));
  return { killed: browsers, removed };
}

/** The pid of the server a profile belongs to: ours by name and place, else undefined. */
export function profileOwner(profile: string): number | undefined {
  if (dirname(profile) !== tmpdir()) return undefined;
  const match = PROFILE_NAME.exec(basename(profile));
  return match ? Number(match[1]) : undefined;
}

/** A profile of ours whose server is gone. */
export function isOrphaned(profile: string): boolean {
  const owner = profileOwner(profile);
  if (owner === undefined) return false;
  // Our own pid: a profile older than this process was left by an earlier process with the same
  // pid (a restarted container); this process's own profiles are all younger.
  if (owner === process.pid) return modifiedBefore(profile, processStart());
  return !isAlive(owner);
}

function orphanedProfiles(): string[] {
  const dir = tmpdir();
  return safely(() => readdirSync(dir), [])
    .filter((name) => name.startsWith(PROFILE_PREFIX))
    .map((name) => join(dir, name))
    .filter(isOrphaned);
}

/** Processes (browser and helpers) naming an orphaned profile; none outside Linux. */
function orphanedProcesses(): number[] {
  if (process.platform !== 'linux') return [];
  return safely(() => readdirSync('/proc'), [])
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      const profile = profileArgument(pid);
      return profile !== undefined && isOrphaned(profile);
    });
}

function profileArgument(pid: number): string | undefined {
  const args = safely(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'), []);
  return args.find((arg) => arg.startsWith(USER_DATA_DIR))?.slice(USER_DATA_DIR.length);
}

/**
 * Puppeteer starts Chromium as a process-group leader, and the group holds its helpers (zygotes,
 * renderers, GPU), whose command lines do not all name the profile: kill the whole group.
 */
function killTree(pid: number): void {
  const target = procStat(pid)?.pgid === pid ? -pid : pid;
  safely(() => process.kill(target, 'SIGKILL'), true);
}

async function waitGone(pids: number[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (pids.some(isAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Running: signal 0 reaches it (or it belongs to another user), and it is no zombie. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return procStat(pid)?.state !== 'Z';
}

/** State and process group from /proc/<pid>/stat; undefined without /proc or the process. */
function procStat(pid: number): { state: string; pgid: number } | undefined {
  const stat = safely(() => readFileSync(`/proc/${pid}/stat`, 'utf8'), undefined);
  if (stat === undefined) return undefined;
  // "pid (comm) state ppid pgrp ...", and comm may hold spaces and parentheses.
  const [state, , pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state, pgid: Number(pgid) };
}

const processStart = (): number => Date.now() - process.uptime() * 1000;

/** False when the path is gone: nothing to decide about. */
const modifiedBefore = (path: string, time: number): boolean =>
  safely(() => statSync(path).mtimeMs < time, false);

/** A process or file may vanish between listing and reading it. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
