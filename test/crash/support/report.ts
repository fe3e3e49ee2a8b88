// What a crash run must show, as rows of expected against measured, and one summary line.
import type { Census } from './census';
import type { PdfCheck } from './pdfs';
import type { Fired } from './scenario';

export interface Check {
  what: string;
  expected: string;
  measured: string;
  ok: boolean;
}

const row = (what: string, expected: number | string, measured: number | string): Check => ({
  what,
  expected: String(expected),
  measured: String(measured),
  ok: String(expected) === String(measured),
});

const countWhere = (ids: number[], test: (id: number) => boolean) => ids.filter(test).length;

/** "1..12", or the runs of a broken sequence such as "1..4, 6, 6..9". */
export function describeSeqs(seqs: number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= seqs.length; i++) {
    if (i < seqs.length && seqs[i] === seqs[i - 1] + 1) continue;
    parts.push(i - 1 === start ? `${seqs[start]}` : `${seqs[start]}..${seqs[i - 1]}`);
    start = i;
  }
  return parts.join(', ') || '(empty)';
}

/** The database and process conditions, polled until they hold. */
export function censusChecks(c: Census, fired: Fired): Check[] {
  const n = c.committed.length;
  const done = new Set(c.committed);
  const once = (m: Map<number, number>) => countWhere(c.committed, (id) => m.get(id) === 1);
  const dup = (m: Map<number, number>) => [...m.values()].filter((v) => v > 1).length;
  return [
    { ...row('approvals committed before the kill', '≥ 1', n), ok: n >= 1 },
    row(
      'answered 200 but not committed',
      0,
      countWhere(fired.answeredOk, (id) => !done.has(id)),
    ),
    row(
      'committed and sealed (sha256 set)',
      n,
      countWhere(c.committed, (id) => c.sealed.has(id)),
    ),
    row('committed with exactly 1 OIT evidence', n, once(c.evidence)),
    row('memos with duplicate OIT evidence', 0, dup(c.evidence)),
    row('committed with exactly 1 memo.approved', n, once(c.notified)),
    row('memos with duplicate memo.approved', 0, dup(c.notified)),
    row('seals/evidence/notices of uncommitted', 0, c.strays),
    row('outgoing register seq', n ? `1..${n}` : '(empty)', describeSeqs(c.register)),
    row('Chromium processes of the killed server', 0, c.chromiumLeft.length),
    row('profile folders of the killed server', 0, c.profileDirsLeft.length),
  ];
}

/** The PDFs as downloaded after the census. */
export function pdfChecks(p: PdfCheck, c: Census): Check[] {
  const n = c.committed.length;
  return [
    row('PDFs downloaded (as the author)', n, p.downloaded),
    row("PDF bytes hash to the seal's sha256", p.hashChecked, p.hashMatches),
    row('PDFs printing the director as at approval', n, p.printsNameAtApproval),
    row('PDFs printing the renamed director', 0, p.printsRenamed),
  ];
}

export function table(checks: Check[]): string {
  const width = Math.max(...checks.map((c) => c.what.length));
  const lines = checks.map(
    (c) =>
      `${c.ok ? '  ok  ' : 'FAILED'} ${c.what.padEnd(width)}  expected ${c.expected.padEnd(7)} measured ${c.measured}`,
  );
  return lines.join('\n');
}

export function summaryLine(label: string, fired: Fired, c: Census, p: PdfCheck): string {
  const committed = c.committed.length;
  const unanswered = countWhere(c.committed, (id) => !fired.answeredOk.includes(id));
  const dup = (m: Map<number, number>) => [...m.values()].filter((v) => v > 1).length;
  return (
    `[crash] ${label}: kill ${fired.killDelayMs} ms after the first answer ` +
    `(first answer +${fired.firstAnswerMs} ms, SIGKILL +${fired.killMs} ms); ` +
    `answers ${fired.answeredOk.length} ok, ${fired.refused} refused, ${fired.lost} lost; ` +
    `committed ${committed} (${unanswered} unanswered); ` +
    `sealed ${countWhere(c.committed, (id) => c.sealed.has(id))}, ` +
    `OIT evidence ${countWhere(c.committed, (id) => c.evidence.has(id))} (dup ${dup(c.evidence)}), ` +
    `notified ${countWhere(c.committed, (id) => c.notified.has(id))} (dup ${dup(c.notified)}), ` +
    `register ${describeSeqs(c.register)}; Chromium left ${c.chromiumLeft.length} processes, ` +
    `${c.profileDirsLeft.length} folders; PDFs ${p.downloaded}, hash ok ${p.hashMatches}/${p.hashChecked}, ` +
    `director as approved ${p.printsNameAtApproval}, renamed ${p.printsRenamed}`
  );
}
