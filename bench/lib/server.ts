import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Starts the built app as its own process, so load comes from outside it. */
export async function startServer(
  env: Record<string, string>,
  port: number,
): Promise<{ url: string; stop: () => Promise<void>; child: ChildProcess }> {
  const child = spawn('node', [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop, child };
}

export async function loginToken(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Signs each in, a few at a time: hundreds of argon2 checks at once outlast a busy machine. */
export async function loginAll(
  url: string,
  usernames: string[],
  password: string,
  width = 8,
): Promise<Array<{ username: string; token: string }>> {
  const signedIn: Array<{ username: string; token: string }> = [];
  for (let i = 0; i < usernames.length; i += width)
    signedIn.push(
      ...(await Promise.all(
        usernames.slice(i, i + width).map(async (username) => ({
          username,
          token: await loginToken(url, username, password),
        })),
      )),
    );
  return signedIn;
}
