// RENDERING.md #1–2: the warm browser survives crashes and hangs, pages are recycled, and load
// beyond the queue is shed with a clear 503.
import { DomainError } from '../../src/common/errors/domain-error';
import { toThaiDigits } from '../../src/common/thai/thai-format';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pdfText, squash } from './support/pdf-tools';
import { createRenderer, isPdf } from './support/renderer';
import { memo } from './support/sample-documents';

jest.setTimeout(90_000);

const RENDER_ERRORS = ['RENDER_FAILED', 'RENDER_TIMEOUT', 'RENDERER_BUSY'];

/** The browser's own process is gone (signal 0 probes without killing). */
const isGone = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

describe('renderer resilience', () => {
  let renderer: DocumentRenderer | undefined;

  afterEach(async () => {
    await renderer?.onApplicationShutdown();
    renderer = undefined;
  });

  it('answers every render of a batch when Chromium is killed in the middle of it', async () => {
    const r = (renderer = createRenderer({ concurrency: 2, queueLimit: 16 }));
    await r.warmUp();
    const pid = r.browserPid();
    if (pid === undefined) throw new Error('no browser after warm-up');

    const docs = Array.from({ length: 10 }, (_, i) => memo({ subject: `เรื่องทดสอบที่ ${i}` }));
    const batch = docs.map((doc) => r.renderPdf(doc));
    await batch[0]; // the others are rendering or queued now
    process.kill(pid, 'SIGKILL');
    const results = await Promise.allSettled(batch);

    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') {
        expect(isPdf(result.value)).toBe(true);
        expect(squash(pdfText(result.value))).toContain(squash(toThaiDigits(docs[i].subject)));
      } else {
        expect(result.reason).toBeInstanceOf(DomainError);
        expect(RENDER_ERRORS).toContain((result.reason as DomainError).code);
        expect((result.reason as DomainError).status).toBe(503);
      }
    }
    expect(isGone(pid)).toBe(true);
    expect(isPdf(await r.renderPdf(memo()))).toBe(true);
    expect(r.browserPid()).not.toBe(pid);
    expect(r.status().restarts).toBeGreaterThanOrEqual(1);
  });

  it('replaces a hung Chromium after RENDER_TIMEOUT_MS and renders again', async () => {
    const r = (renderer = createRenderer({ concurrency: 1, timeoutMs: 2_000 }));
    await r.warmUp();
    const pid = r.browserPid();
    if (pid === undefined) throw new Error('no browser after warm-up');
    process.kill(pid, 'SIGSTOP'); // alive but answering nothing

    await expect(r.renderPdf(memo())).rejects.toMatchObject({ code: 'RENDER_TIMEOUT' });
    expect(isPdf(await r.renderPdf(memo()))).toBe(true);
    expect(r.browserPid()).not.toBe(pid);
    expect(isGone(pid)).toBe(true);
  });

  it('sheds renders beyond the queue with RENDERER_BUSY (503) and finishes the rest', async () => {
    const r = (renderer = createRenderer({ concurrency: 1, queueLimit: 2 }));
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => r.renderPdf(memo())));

    const busy = results.filter((x) => x.status === 'rejected');
    const done = results.filter((x) => x.status === 'fulfilled');
    expect(done).toHaveLength(3); // one rendering, two waiting
    expect(busy).toHaveLength(3);
    for (const x of busy) {
      expect(x.reason).toMatchObject({
        code: 'RENDERER_BUSY',
        status: 503,
      });
    }
  });

  it('recycles a page after RENDER_RECYCLE_AFTER documents', async () => {
    const r = (renderer = createRenderer({ concurrency: 1, recycleAfter: 2 }));
    for (let i = 0; i < 5; i++) expect(isPdf(await r.renderPdf(memo()))).toBe(true);
    expect(r.status()).toMatchObject({ rendered: 5, recycledPages: 2, restarts: 0 });
  });
});
