// Linux process inspection for render/orphan-browser.spec.ts, independent of the sweep it tests.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  args: string[];
  state: string;
  pgid: number;
}

function inspect(pid: number): ProcessInfo | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state, ppid, pgrp.
    const [state, , pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, args, state, pgid: Number(pgid) };
  } catch {
    return undefined; // exited while we looked
  }
}

/**
 * Running (not zombie) processes of a browser: those naming its profile on their command line
 * (the full browser's helpers do) and those of its process group (the headless shell's do not).
 */
export function browserProcesses(browserPid: number, profile: string): number[] {
  const flag = `--user-data-dir=${profile}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => inspect(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined && info.state !== 'Z')
    .filter((info) => info.pgid === browserPid || info.args.includes(flag))
    .map((info) => info.pid);
}

/** Polls until `done()` or `ms` passed; the last answer. */
export async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return done();
}
