// Benchmarks each own one section of bench/results.json and merge it in, so they can run alone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

export const RESULTS_FILE = join(__dirname, '..', 'results.json');

/** A section as the last run left it (empty if none). */
export function readSection(section: string): Record<string, unknown> {
  if (!existsSync(RESULTS_FILE)) return {};
  const current = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  return (current[section] as Record<string, unknown> | undefined) ?? {};
}

export function writeSection(section: string, data: Record<string, unknown>): void {
  const current: Record<string, unknown> = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>)
    : {};
  current.machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  current[section] = { ...data, measuredAt: new Date().toISOString() };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(current, null, 2)}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Prints rows as an aligned text table. */
export function printTable(
  title: string,
  rows: Array<Record<string, string | number | null>>,
): void {
  if (rows.length === 0) return;
  const headers = Object.keys(rows[0]);
  const cell = (v: string | number | null) =>
    v === null ? '—' : typeof v === 'number' ? v.toFixed(v % 1 === 0 ? 0 : 2) : v;
  const widths = headers.map((h) =>
    Math.max(h.length, ...rows.map((r) => String(cell(r[h])).length)),
  );
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(headers.map((h) => String(cell(r[h])))));
}
