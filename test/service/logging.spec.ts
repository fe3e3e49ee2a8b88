// What the running server writes to its log must never contain a password or a password hash,
// and no API answer may carry a hash. The server runs as its own process so its real pino
// output (written straight to file descriptor 1) can be read.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, TEST_PASSWORD, TestOffice } from '../support/factories';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const PORT = 21_000 + (process.pid % 20_000);
const WRONG_PASSWORD = 'wrong-Password-Zq81';

describe('secrets stay out of logs and answers', () => {
  let t: TestApp;
  let office: TestOffice;
  let server: ChildProcess;
  let output = '';
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    server = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(PORT),
        LOG_LEVEL: 'trace',
        TS_NODE_PROJECT: 'tsconfig.json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    server.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    for (let i = 0; i < 120; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`server did not start:\n${output.slice(-2000)}`);
  });

  afterAll(async () => {
    server?.kill('SIGTERM');
    await t?.close();
  });

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  it('never logs a password, a hash or a token, even for failed or malformed sign-ins', async () => {
    const ok = await post('/api/auth/login', {
      username: office.username('admin'),
      password: TEST_PASSWORD,
    });
    expect(ok.status).toBe(200);
    const { accessToken } = (await ok.json()) as { accessToken: string };
    expect(
      (
        await post('/api/auth/login', {
          username: office.username('admin'),
          password: WRONG_PASSWORD,
        })
      ).status,
    ).toBe(401);
    expect(
      (await post('/api/auth/login', { username: 'x', password: WRONG_PASSWORD, extra: 1 })).status,
    ).toBe(400);
    const created = await post(
      '/api/users',
      {
        username: `${office.prefix}.logcheck`,
        password: 'New-Password-77Kx',
        titlePrefix: 'นาย',
        firstName: 'ก',
        lastName: 'ข',
        roles: ['officer'],
      },
      accessToken,
    );
    expect(created.status).toBe(201);
    await new Promise((r) => setTimeout(r, 500));
    expect(output).toContain('/api/auth/login');
    for (const secret of [
      TEST_PASSWORD,
      WRONG_PASSWORD,
      'New-Password-77Kx',
      '$argon2id$',
      accessToken,
    ]) {
      expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('never answers with a password hash', async () => {
    const login = await post('/api/auth/login', {
      username: office.username('admin'),
      password: TEST_PASSWORD,
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    for (const path of [
      '/api/users',
      `/api/users/${office.userIds.officer}`,
      '/api/me',
      '/api/delegations',
      '/api/audit',
    ]) {
      const res = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const text = await res.text();
      expect({
        path,
        status: res.status,
        leaks: /argon2|passwordHash|password_hash/i.test(text),
      }).toEqual({ path, status: res.status, leaks: false });
    }
  });
});
