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

// Latency: each memo with its body, against an office with every training row as a confirmed
// link, and against one at the service's limit of 1,000 links. Wall time, and this process's
// processor time (on a machine shared with other work, wall time's tail is mostly waiting).
const examples = memos
  .filter((r) => r.split === 'train' && r.code !== null)
  .concat(subjects.filter((r) => r.split === 'train'))
  .map((r) => ({ itemCode: r.code!, subject: r.subject, kind: r.kind, fiscalYear }));
const thousand = Array.from({ length: 1000 }, (_, i) => ({
  ...examples[i % examples.length],
  subject: `${examples[i % examples.length].subject} ครั้งที่ ${i}`,
}));

function latency(links: typeof examples) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const r of memos) {
      const started = process.hrtime.bigint();
      const usage = process.cpuUsage();
      suggester.suggest({ fiscalYear, subject: r.subject, text: r.text, kind: r.kind }, [], links);
      const used = process.cpuUsage(usage);
      cpu.push((used.user + used.system) / 1000);
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  const at = (xs: number[], p: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      p,
    );
  return {
    examples: links.length,
    p50: at(wall, 50),
    p95: at(wall, 95),
    p99: at(wall, 99),
    cpuP50: at(cpu, 50),
    cpuP95: at(cpu, 95),
    cpuP99: at(cpu, 99),
  };
}
const latencies = [latency(examples), latency(thousand)];
printTable('Suggestion time, memo with body (ms; wall, and processor time)', latencies);

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
  method: [
    'Intl.Segmenter Thai words and word pairs; office usage in catalog words; a word after "ตาม" (a document referred to) and unit names count less or not at all',
    'tf-idf cosine of the subject, and apart of the body (catalog words only, paragraphs weighed by role: cause 0.5, facts and proposal 1, law 0.25, closing 0.3), against each item (name ×2, evidence text, sub-indicator name)',
    "the period named against each item's period rule; reports against result items; announcements; everyday requests give their mass to 'nothing'",
    'coordinator rules; nearest confirmed example, words weighed down by how many items their examples share them among; softmax over items and "nothing"',
  ].join('; '),
  weights: DEFAULT_WEIGHTS,
  abstainBelow: ABSTAIN_BELOW,
  autoConfirmAt: AUTO_CONFIRM_AT,
  accuracy,
  latencyMs: { input: 'memo with body', runs: latencies },
  before: recordBefore
    ? {
        what: 'the suggester of commit 4d8168d (subject and body as one bag of words), same harness',
        accuracy,
        latencyMs: { input: 'memo with body', runs: latencies },
      }
    : before,
});
