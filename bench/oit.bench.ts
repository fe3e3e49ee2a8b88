// `npm run bench oit`: accuracy of the OIT suggester on two labelled sets, training rows vs
// held-out rows, with and without learning from the office's confirmed links:
// - test/fixtures/oit-subjects.json: subjects alone;
// - test/fixtures/oit-memos.json: memos as officers write them, read on their subject alone and
//   on subject + body (as an approval feeds the suggester); with ordinary memos that evidence
//   nothing.
// Prints them side by side with the figures before this suggester (`oit.before` in
// results.json, kept from run to run), and the time one suggestion takes. Writes `oit`.
import { existsSync, readFileSync } from 'node:fs';
import catalog from '../src/oit/catalog/2565.json';
import subjectsFixture from '../test/fixtures/oit-subjects.json';
import memosFixture from '../test/fixtures/oit-memos.json';
import { CatalogItemFile, fromCatalogFile } from '../src/oit/catalog/catalog-format';
import {
  Accuracy,
  evaluate,
  Evaluation,
  LabelledDocument,
  memoDocuments,
} from '../src/oit/suggest/evaluation';
import { ABSTAIN_BELOW, DEFAULT_WEIGHTS, Suggester } from '../src/oit/suggest/suggester';
import { percentile, printTable, RESULTS_FILE, writeSection } from './lib/results';

const AUTO_CONFIRM_AT = 0.9;
const items = (catalog as CatalogItemFile[]).map(fromCatalogFile);
const fiscalYear = subjectsFixture.fiscalYear;
const subjects = subjectsFixture.subjects as LabelledDocument[];
const memos = memoDocuments(memosFixture.memos);

const SETS = {
  subjects: { rows: subjects, withBody: false },
  memoSubjects: { rows: memos, withBody: false },
  memos: { rows: memos, withBody: true },
} as const;
type SetName = keyof typeof SETS;
const LABEL: Record<SetName, string> = {
  subjects: 'subjects',
  memoSubjects: 'memos, subject only',
  memos: 'memos, subject + body',
};

const suggester = new Suggester(items);
const accuracy = Object.fromEntries(
  Object.entries(SETS).map(([name, set]) => [
    name,
    evaluate(
      items,
      set.rows,
      fiscalYear,
      { withBody: set.withBody, autoConfirmAt: AUTO_CONFIRM_AT },
      suggester,
    ),
  ]),
) as Record<SetName, Evaluation>;

interface Before {
  what: string;
  accuracy: Record<string, Evaluation>;
  latencyMs?: Record<string, unknown>;
}
/** The figures of the suggester this one replaced, measured by this same harness. */
function previousBefore(): Before | undefined {
  if (!existsSync(RESULTS_FILE)) return undefined;
  const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { oit?: { before?: Before } };
  return results.oit?.before;
}
const recordBefore = process.argv.includes('--record-before');
const before = recordBefore ? undefined : previousBefore();
const beforeAccuracy = before?.accuracy;

const pct = (x: number | undefined): string => (x === undefined ? '—' : (x * 100).toFixed(1));
const change = (before: number | undefined, after: number): string =>
  before === undefined || Math.abs(before - after) < 1e-9
    ? pct(after)
    : `${pct(before)} → ${pct(after)}`;

function row(set: SetName, links: 'catalogOnly' | 'learned', split: 'train' | 'heldout') {
  const a: Accuracy = accuracy[set][links][split];
  const b: Accuracy | undefined = beforeAccuracy?.[set]?.[links]?.[split];
  return {
    set: LABEL[set],
    links: links === 'catalogOnly' ? 'none' : 'learned',
    split: split === 'train' ? 'train' : 'held-out',
    n: a.n,
    'top-1 %': change(b?.top1, a.top1),
    'top-3 %': change(b?.top3, a.top3),
    'shown top-1 %': change(b?.shownTop1, a.shownTop1),
    'shown top-3 %': change(b?.shownTop3, a.shownTop3),
    'nothing shown %': change(b?.abstained, a.abstained),
    'quiet on none': a.nNone === 0 ? '—' : `${change(b?.quietOnNone, a.quietOnNone)} of ${a.nNone}`,
    'auto right %': `${change(b?.autoConfirmedPrecision, a.autoConfirmedPrecision)} (${pct(a.autoConfirmed)} auto)`,
  };
}

const rows = [];
for (const set of Object.keys(SETS) as SetName[])
  for (const split of ['heldout', 'train'] as const)
    for (const links of ['catalogOnly', 'learned'] as const) rows.push(row(set, links, split));
printTable(
  'OIT suggester accuracy (before → after; "shown": at or above the abstention threshold)',
  rows,
);

// Latency: a memo with its body against an office with every training memo as a confirmed link.
const examples = memos
  .filter((r) => r.split === 'train' && r.code !== null)
  .concat(subjects.filter((r) => r.split === 'train'))
  .map((r) => ({ itemCode: r.code!, subject: r.subject, kind: r.kind, fiscalYear }));
const timings: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const r of memos) {
    const started = process.hrtime.bigint();
    suggester.suggest({ fiscalYear, subject: r.subject, text: r.text, kind: r.kind }, [], examples);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
timings.sort((a, b) => a - b);
const latency = {
  p50: percentile(timings, 50),
  p95: percentile(timings, 95),
  p99: percentile(timings, 99),
};
printTable('Suggestion latency, memo with body (ms)', [{ examples: examples.length, ...latency }]);

const count = (rs: readonly LabelledDocument[], split: string) => ({
  evidence: rs.filter((r) => r.split === split && r.code !== null).length,
  nothing: rs.filter((r) => r.split === split && r.code === null).length,
});
writeSection('oit', {
  labelledSets: {
    subjects: {
      file: 'test/fixtures/oit-subjects.json',
      train: count(subjects, 'train'),
      heldout: count(subjects, 'heldout'),
    },
    memos: {
      file: 'test/fixtures/oit-memos.json',
      train: count(memos, 'train'),
      heldout: count(memos, 'heldout'),
    },
  },
  method:
    'Intl.Segmenter Thai words and word pairs, tf-idf over the catalog items (name ×2, evidence text, sub-indicator name), period and kind cues, coordinator rules, nearest confirmed example; softmax over items',
  weights: DEFAULT_WEIGHTS,
  abstainBelow: ABSTAIN_BELOW,
  autoConfirmAt: AUTO_CONFIRM_AT,
  accuracy,
  latencyMs: { ...latency, examples: examples.length, input: 'memo with body' },
  before: recordBefore
    ? {
        what: 'the suggester of commit 4d8168d (subject and body as one bag of words), same harness',
        accuracy,
        latencyMs: { ...latency, examples: examples.length, input: 'memo with body' },
      }
    : before,
});
