// Issue 13: a server killed with SIGKILL leaves no Chromium and no profile behind. A real renderer
// runs in a child process (support/orphan-renderer.ts) standing in for the server; after the kill,
// the test does what the next server does at start: warm up a renderer.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { browserProcesses, waitUntil } from './support/processes';
import { createRenderer } from './support/renderer';

jest.setTimeout(90_000);

const SERVER_SCRIPT = join(__dirname, 'support', 'orphan-renderer.ts');
const ROOT = join(__dirname, '..', '..');

interface Server {
  child: ChildProcess;
  /** The server's Chromium and its profile directory. */
  browserPid: number;
  profile: string;
}

/** The stand-in server, once its browser is warm. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', SERVER_SCRIPT], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (!line) return;
      const { pid, profile } = JSON.parse(line) as { pid: number; profile: string };
      resolve({ child, browserPid: pid, profile });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

/** kill -9, and wait until the parent (this test) has reaped it. */
async function killServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await exited;
}

const leftovers = (server: Server): number[] => browserProcesses(server.browserPid, server.profile);

describe('a server killed with SIGKILL', () => {
  let server: Server | undefined;
  let renderer: DocumentRenderer | undefined;

  afterEach(async () => {
    await renderer?.onApplicationShutdown();
    renderer = undefined;
    if (!server) return;
    // Whatever a failed test left: only this test's own processes and directory.
    if (server.child.exitCode === null && server.child.signalCode === null) {
      await killServer(server);
    }
    for (const pid of leftovers(server)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // it exited meanwhile
      }
    }
    rmSync(server.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    server = undefined;
  });

  /** What the next server does at start. */
  async function startNextServer(): Promise<void> {
    renderer = createRenderer({ concurrency: 1 });
    await renderer.warmUp();
  }

  it('names its browser profile after its pid, for whoever cleans up after it', async () => {
    const s = (server = await startServer());
    expect(dirname(s.profile)).toBe(tmpdir());
    expect(basename(s.profile)).toMatch(new RegExp(`^saraban-chromium-${s.child.pid}-\\w{6}$`));
    expect(leftovers(s)).toContain(s.browserPid);
  });

  it('takes its browser with it: Chromium quits when its DevTools pipe closes', async () => {
    const s = (server = await startServer());
    await killServer(s);
    // Nothing else runs here: the browser and its helpers exit by themselves.
    expect(await waitUntil(() => leftovers(s).length === 0, 5_000)).toBe(true);
  });

  it('leaves no browser process and no profile once the next server starts', async () => {
    const s = (server = await startServer());
    expect(leftovers(s).length).toBeGreaterThan(1); // the browser and its helpers
    await killServer(s);
    await startNextServer();

    expect(await waitUntil(() => leftovers(s).length === 0, 5_000)).toBe(true);
    expect(await waitUntil(() => !existsSync(s.profile), 5_000)).toBe(true);
  });

  it('leaves none even when the browser was hung as the server died', async () => {
    const s = (server = await startServer());
    process.kill(s.browserPid, 'SIGSTOP'); // it cannot notice that its server is gone
    await killServer(s);
    await startNextServer();

    expect(await waitUntil(() => leftovers(s).length === 0, 5_000)).toBe(true);
    expect(await waitUntil(() => !existsSync(s.profile), 5_000)).toBe(true);
  });

  it('never touches the browser of a server that is alive', async () => {
    const s = (server = await startServer());
    await startNextServer();

    expect(renderer?.browserPid()).not.toBe(s.browserPid);
    expect(leftovers(s)).toContain(s.browserPid);
    expect(existsSync(s.profile)).toBe(true);
  });
});
