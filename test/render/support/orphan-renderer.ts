// A stand-in server for render/orphan-browser.spec.ts: starts the real renderer, prints its
// browser's pid and profile directory as one JSON line, then waits to be killed.
import { readFileSync } from 'node:fs';
import { createRenderer } from './renderer';

const PROFILE_FLAG = '--user-data-dir=';

/** The browser's --user-data-dir, read from its command line. */
function profileOf(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  const flag = args.find((arg) => arg.startsWith(PROFILE_FLAG));
  if (!flag) throw new Error(`Chromium ${pid} has no ${PROFILE_FLAG}`);
  return flag.slice(PROFILE_FLAG.length);
}

async function main(): Promise<void> {
  const renderer = createRenderer({ concurrency: 2 });
  await renderer.warmUp();
  const pid = renderer.browserPid();
  if (pid === undefined) throw new Error('no browser after warm-up');
  process.stdout.write(`${JSON.stringify({ pid, profile: profileOf(pid) })}\n`);
  setInterval(() => undefined, 60_000); // keep the process alive until the test kills it
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
