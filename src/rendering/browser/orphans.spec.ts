import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_PREFIX } from './chromium';
import { isOrphaned, profileOwner, sweepOrphanedChromium } from './orphans';

const profileOf = (pid: number): string => mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${pid}-`));

/** A pid that was alive a moment ago and is now gone (exited and reaped). */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

describe('orphaned Chromium profiles', () => {
  const made: string[] = [];
  let sleeper: ChildProcess | undefined;
  const track = (dir: string): string => (made.push(dir), dir);

  afterEach(() => {
    sleeper?.kill('SIGKILL');
    sleeper = undefined;
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the owner pid from profiles of ours only', () => {
    expect(profileOwner(join(tmpdir(), `${PROFILE_PREFIX}4242-AbC123`))).toBe(4242);
    expect(profileOwner(join(tmpdir(), `${PROFILE_PREFIX}AbC123`))).toBeUndefined();
    expect(profileOwner(join(tmpdir(), 'other-4242-AbC123'))).toBeUndefined();
    expect(profileOwner(join('/elsewhere', `${PROFILE_PREFIX}4242-AbC123`))).toBeUndefined();
  });

  it('orphans the profile of a dead server, never one of a live server', async () => {
    sleeper = spawn('sleep', ['30']);
    if (sleeper.pid === undefined) throw new Error('no pid');
    expect(isOrphaned(track(profileOf(await deadPid())))).toBe(true);
    expect(isOrphaned(track(profileOf(sleeper.pid)))).toBe(false);
  });

  it('orphans a profile of its own pid only when it is older than this process', () => {
    const mine = track(profileOf(process.pid));
    const earlier = track(profileOf(process.pid));
    const before = new Date(Date.now() - process.uptime() * 1000 - 60_000);
    utimesSync(earlier, before, before);
    expect(isOrphaned(mine)).toBe(false);
    expect(isOrphaned(earlier)).toBe(true);
  });

  it('removes orphaned profiles and keeps the others', async () => {
    sleeper = spawn('sleep', ['30']);
    if (sleeper.pid === undefined) throw new Error('no pid');
    const orphan = track(profileOf(await deadPid()));
    const live = track(profileOf(sleeper.pid));
    const mine = track(profileOf(process.pid));

    const { removed } = await sweepOrphanedChromium();
    expect(removed).toContain(orphan);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(mine)).toBe(true);
  });
});
