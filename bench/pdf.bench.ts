// `npm run bench pdf [-- --seconds=15 --warmup=3 --pool=2 --clients=4 --naive-seconds=10]`
// One harness, one run, one fixture (RENDERING.md #7): the same 1-page and 3-page memos rendered
// by (a) a browser launched per document, (b) a warm browser with a new page per document (the
// jsreport/Gotenberg shape), (c) the DocumentRenderer's pool of reused pages. Each mode warms
// up, then runs for a fixed time with a fixed number of clients; sampled PDFs are checked.
// Writes the `pdf` section of bench/results.json.
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { AssetStore } from '../src/rendering/assets/asset-store';
import { Environment } from '../src/config/environment';
import {
  closeChromium,
  findChromium,
  launchChromium,
  openPage,
} from '../src/rendering/browser/chromium';
import { sandboxPage } from '../src/rendering/browser/page-sandbox';
import { printPage } from '../src/rendering/browser/print-page';
import type { RenderableMemo } from '../src/rendering/document.model';
import type { DocumentRenderer } from '../src/rendering/document-renderer';
import { pdfFonts, pdfInfo, pdfText, squash } from '../test/render/support/pdf-tools';
import { createRenderer, isPdf, rendererOptions } from '../test/render/support/renderer';
import { longMemo, memo } from '../test/render/support/sample-documents';
import { numberFlag } from './lib/args';
import { percentile, printTable, writeSection } from './lib/results';

const seconds = numberFlag('seconds', 15);
const warmupSeconds = numberFlag('warmup', 3);
const naiveSeconds = numberFlag('naive-seconds', 10);
const poolSize = numberFlag('pool', 2);
const clients = numberFlag('clients', poolSize * 2);
/** Every n-th PDF of a run is checked with poppler. */
const SAMPLE_EVERY = 25;

type Size = '1p' | '3p';
const fixtures: Record<Size, { doc: RenderableMemo; pages: number }> = {
  '1p': { doc: memo(), pages: 1 },
  '3p': { doc: longMemo(3), pages: 3 },
};

interface RunResult {
  docs: number;
  seconds: number;
  latencies: number[];
  /** Sampled PDFs, checked after the timed run so poppler does not slow it. */
  samples: Buffer[];
  checked: number;
}

/** Problems found in a sampled PDF; empty when it is sound. */
function problems(pdf: Buffer, size: Size): string[] {
  const found: string[] = [];
  if (!isPdf(pdf)) return ['not a PDF'];
  const info = pdfInfo(pdf);
  if (info.pages !== fixtures[size].pages) found.push(`${info.pages} pages`);
  if (Math.round(info.widthPt) !== 595 || Math.round(info.heightPt) !== 842) found.push('not A4');
  if (pdfFonts(pdf).some((f) => !f.embedded)) found.push('a font is not embedded');
  if (!squash(pdfText(pdf)).includes(squash(fixtures[size].doc.subject))) found.push('no subject');
  return found;
}

/** Runs `render` from `clients` loops for `durationS` seconds (after a warm-up). */
async function measure(
  label: string,
  size: Size,
  concurrency: number,
  durationS: number,
  render: (doc: RenderableMemo) => Promise<Buffer>,
): Promise<RunResult> {
  const { doc } = fixtures[size];
  const loop = async (until: number, sink?: RunResult) => {
    while (performance.now() < until) {
      const started = performance.now();
      const pdf = await render(doc);
      if (!sink) continue;
      sink.latencies.push(performance.now() - started);
      if (++sink.docs % SAMPLE_EVERY === 1) sink.samples.push(pdf);
    }
  };
  const warmUntil = performance.now() + warmupSeconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(warmUntil)));
  const result: RunResult = { docs: 0, seconds: 0, latencies: [], samples: [], checked: 0 };
  const start = performance.now();
  const until = start + durationS * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(until, result)));
  result.seconds = (performance.now() - start) / 1000;
  result.latencies.sort((a, b) => a - b);
  for (const pdf of result.samples.splice(0)) {
    const found = problems(pdf, size);
    if (found.length > 0) throw new Error(`${label} ${size}: ${found.join(', ')}`);
    result.checked++;
  }
  return result;
}

/** Proportional set size of a process and all its descendants, in MiB (Linux /proc). */
function treePssMiB(rootPid: number): number | null {
  try {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // the process ended meanwhile
      }
    }
    const tree = [rootPid];
    for (let i = 0; i < tree.length; i++) {
      for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
    }
    const kib = tree.reduce((sum, pid) => {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      return sum + Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    }, 0);
    return Math.round(kib / 1024);
  } catch {
    return null;
  }
}

// ---- the three architectures ------------------------------------------------------------

// The app's own settings: its browser, and its page recycling.
const settings = {
  concurrency: poolSize,
  queueLimit: 1000,
  recycleAfter: new Environment().RENDER_RECYCLE_AFTER,
};
const options = rendererOptions(settings);
const assets = new AssetStore(options.font, options.emblemFile);
const executable = options.executablePath();
/** Puppeteer's default build, the full browser, when the renderer uses another one. */
const fullBrowser = findChromium(process.env.PUPPETEER_EXECUTABLE_PATH);

/** (a) A browser launched, used and closed for every document. */
function perLaunch(renderer: DocumentRenderer, browser = executable) {
  return async (doc: RenderableMemo): Promise<Buffer> => {
    const launched = await launchChromium(browser, options.timeoutMs);
    try {
      const page = await openPage(launched, options.timeoutMs);
      await sandboxPage(page, assets, () => undefined);
      return await printPage(page, renderer.renderHtml(doc));
    } finally {
      await closeChromium(launched, 5000);
    }
  };
}

/** (b) One warm browser, a fresh page per document. */
async function pagePerDocument(renderer: DocumentRenderer) {
  const launched = await launchChromium(executable, options.timeoutMs);
  const render = async (doc: RenderableMemo): Promise<Buffer> => {
    const page = await openPage(launched, options.timeoutMs);
    try {
      await sandboxPage(page, assets, () => undefined);
      return await printPage(page, renderer.renderHtml(doc));
    } finally {
      await page.close();
    }
  };
  return { render, close: () => closeChromium(launched, 5000) };
}

const rate = (r: RunResult): number => r.docs / r.seconds;
const ms = (v: number): number => Math.round(v * 10) / 10;

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const renderer = createRenderer(settings);
  const pooled: Partial<Record<Size, RunResult>> = {};
  const naive: Partial<Record<Size, RunResult>> = {};
  const newPage: Partial<Record<Size, RunResult>> = {};
  let naiveFull: RunResult | undefined;
  let chromiumMiB: number | null = null;
  try {
    for (const size of ['1p', '3p'] as const) {
      pooled[size] = await measure('pooled', size, clients, seconds, (d) => renderer.renderPdf(d));
    }
    const pid = renderer.browserPid();
    chromiumMiB = pid === undefined ? null : treePssMiB(pid);
    const fresh = await pagePerDocument(renderer);
    try {
      for (const size of ['1p', '3p'] as const) {
        newPage[size] = await measure('new page', size, poolSize, seconds, fresh.render);
      }
    } finally {
      await fresh.close();
    }
    for (const size of ['1p', '3p'] as const) {
      naive[size] = await measure('per launch', size, poolSize, naiveSeconds, perLaunch(renderer));
    }
    if (fullBrowser !== executable) {
      const launch = perLaunch(renderer, fullBrowser);
      naiveFull = await measure('full browser per launch', '1p', poolSize, naiveSeconds, launch);
    }
  } finally {
    await renderer.onApplicationShutdown();
  }
  report(renderer, chromiumMiB, {
    pooled: pooled as Record<Size, RunResult>,
    newPage: newPage as Record<Size, RunResult>,
    naive: naive as Record<Size, RunResult>,
    naiveFull,
  });
}

interface Runs {
  pooled: Record<Size, RunResult>;
  newPage: Record<Size, RunResult>;
  naive: Record<Size, RunResult>;
  /** 1-page memos, the full browser launched per document (Puppeteer's default build). */
  naiveFull?: RunResult;
}

function report(renderer: DocumentRenderer, chromiumMiB: number | null, runs: Runs): void {
  const { pooled, newPage, naive, naiveFull } = runs;
  const row = (mode: string, size: Size, r: RunResult) => ({
    mode,
    size,
    'docs/s': ms(rate(r)),
    p50ms: ms(percentile(r.latencies, 50)),
    p95ms: ms(percentile(r.latencies, 95)),
    p99ms: ms(percentile(r.latencies, 99)),
    docs: r.docs,
    checked: r.checked,
  });
  const rows = (['1p', '3p'] as const).flatMap((size) => [
    row(`pool of ${poolSize} reused pages`, size, pooled[size]),
    row('warm browser, new page per doc', size, newPage[size]),
    row('browser launched per doc', size, naive[size]),
    ...(naiveFull && size === '1p' ? [row('full browser launched per doc', size, naiveFull)] : []),
  ]);
  printTable(`PDF rendering (${clients} clients for the pool, ${poolSize} otherwise)`, rows);
  const status = renderer.status();
  const perSize = (size: Size) => ({
    pooledDocsPerSecond: ms(rate(pooled[size])),
    p50Ms: ms(percentile(pooled[size].latencies, 50)),
    p95Ms: ms(percentile(pooled[size].latencies, 95)),
    p99Ms: ms(percentile(pooled[size].latencies, 99)),
    newPageDocsPerSecond: ms(rate(newPage[size])),
    naiveDocsPerSecond: ms(rate(naive[size])),
    naiveP50Ms: ms(percentile(naive[size].latencies, 50)),
    speedup: ms(rate(pooled[size]) / rate(naive[size])),
  });
  const speedup = rate(pooled['1p']) / rate(naive['1p']);
  const fullSpeedup = naiveFull ? ms(rate(pooled['1p']) / rate(naiveFull)) : null;
  console.log(
    `\n1-page memo: ${ms(rate(pooled['1p']))} docs/s pooled, p95 ${ms(percentile(pooled['1p'].latencies, 95))} ms; ` +
      `${ms(rate(naive['1p']))} docs/s per launch; speedup ${ms(speedup)}×` +
      (naiveFull ? ` (${fullSpeedup}× over the full browser per launch)` : '') +
      `; Chromium ${chromiumMiB ?? '?'} MiB (PSS)`,
  );
  writeSection('pdf', {
    fixture: '1-page memo (samples.json #1) and a 3-page memo of its paragraphs',
    browser: executable,
    font: status.font,
    recycleAfter: options.recycleAfter,
    pool: poolSize,
    clients,
    seconds,
    warmupSeconds,
    docsPerSecond: ms(rate(pooled['1p'])),
    p50Ms: ms(percentile(pooled['1p'].latencies, 50)),
    p95Ms: ms(percentile(pooled['1p'].latencies, 95)),
    p99Ms: ms(percentile(pooled['1p'].latencies, 99)),
    naiveDocsPerSecond: ms(rate(naive['1p'])),
    newPageDocsPerSecond: ms(rate(newPage['1p'])),
    speedup: ms(speedup),
    naiveFullBrowserDocsPerSecond: naiveFull ? ms(rate(naiveFull)) : null,
    speedupOverFullBrowser: fullSpeedup,
    sizes: { '1p': perSize('1p'), '3p': perSize('3p') },
    chromiumPssMiB: chromiumMiB,
    restarts: status.restarts,
    recycledPages: status.recycledPages,
    failed: status.failed,
    sampledPdfsChecked: [pooled, newPage, naive].reduce(
      (n, runs) => n + runs['1p'].checked + runs['3p'].checked,
      0,
    ),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
