import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeProfile } from './chromium';

describe('removeProfile', () => {
  it('removes a profile with nested files, and a missing one is no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saraban-profile-test-'));
    mkdirSync(join(dir, 'Default', 'Cache'), { recursive: true });
    writeFileSync(join(dir, 'Default', 'Cache', 'data_0'), 'x');
    expect(removeProfile(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(removeProfile(dir)).toBe(true);
  });

  it('never throws while another process still writes into the profile (as crashpad may)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saraban-profile-test-'));
    const writer = spawn('sh', [
      '-c',
      `i=0; while true; do mkdir -p "${dir}/Crashpad" 2>/dev/null; : > "${dir}/Crashpad/f$i" 2>/dev/null; i=$((i+1)); done`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      expect(() => removeProfile(dir)).not.toThrow();
    } finally {
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
    }
    expect(removeProfile(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });
});
