// The Nest module: lazy Chromium, the 'renderer' readiness probe, clean shutdown.
import { existsSync, readFileSync } from 'node:fs';
import { Test } from '@nestjs/testing';
import { AppConfigModule } from '../../src/config/config.module';
import { HealthModule } from '../../src/health/health.module';
import { HealthRegistry } from '../../src/health/health-registry';
import { DocumentRenderer } from '../../src/rendering/document-renderer';
import { RenderingModule } from '../../src/rendering/rendering.module';
import { isPdf } from './support/renderer';
import { memo } from './support/sample-documents';

jest.setTimeout(60_000);

/** The --user-data-dir Chromium was started with. */
const profileOf = (pid: number): string | undefined =>
  readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .find((arg) => arg.startsWith('--user-data-dir='))
    ?.slice('--user-data-dir='.length);

describe('RenderingModule', () => {
  it('starts Chromium only for the first PDF, reports readiness, and shuts it down', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule, HealthModule, RenderingModule],
    }).compile();
    const app = await moduleRef.init();
    const renderer = app.get(DocumentRenderer);
    const probe = new Map(app.get(HealthRegistry).entries()).get('renderer');
    if (!probe) throw new Error("no 'renderer' probe registered");

    // Other modules' tests pay nothing: no browser until something renders.
    await expect(probe()).resolves.toMatchObject({ up: true, details: { browser: 'idle' } });
    expect(renderer.browserPid()).toBeUndefined();
    expect(renderer.renderHtml(memo())).toContain('บันทึกข้อความ');
    expect(renderer.browserPid()).toBeUndefined();

    expect(isPdf(await renderer.renderPdf(memo()))).toBe(true);
    const pid = renderer.browserPid();
    await expect(probe()).resolves.toMatchObject({
      up: true,
      details: { browser: 'running', pid, rendered: 1 },
    });
    const profile = profileOf(pid ?? -1);
    expect(profile && existsSync(profile)).toBe(true);

    await app.close();
    expect(() => process.kill(pid ?? -1, 0)).toThrow(); // the process is gone
    expect(existsSync(profile ?? '')).toBe(false); // and so is its profile
    await expect(probe()).resolves.toMatchObject({ up: false, details: { browser: 'closed' } });
    await expect(renderer.renderPdf(memo())).rejects.toMatchObject({ code: 'RENDERER_BUSY' });
  });
});
