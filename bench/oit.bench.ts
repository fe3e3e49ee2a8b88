// `npm run bench oit`: accuracy of the OIT suggester on the labelled subjects
// (test/fixtures/oit-subjects.json), training rows vs held-out rows, with and without learning
// from confirmed links, and the time one suggestion takes. Writes the `oit` section.
import catalog from '../src/oit/catalog/2565.json';
import fixture from '../test/fixtures/oit-subjects.json';
import { CatalogItemFile, fromCatalogFile } from '../src/oit/catalog/catalog-format';
import { Accuracy, evaluate, LabelledSubject } from '../src/oit/suggest/evaluation';
import { ABSTAIN_BELOW, DEFAULT_WEIGHTS, Suggester } from '../src/oit/suggest/suggester';
import { percentile, printTable, writeSection } from './lib/results';

const AUTO_CONFIRM_AT = 0.9;
const items = (catalog as CatalogItemFile[]).map(fromCatalogFile);
const rows = fixture.subjects as LabelledSubject[];
const fiscalYear = fixture.fiscalYear;

const result = evaluate(items, rows, fiscalYear, AUTO_CONFIRM_AT);

const pct = (x: number): number => Math.round(x * 1000) / 10;
const row = (setting: string, split: string, a: Accuracy) => ({
  setting,
  split,
  n: a.n,
  'top-1 %': pct(a.top1),
  'top-3 %': pct(a.top3),
  'abstained %': pct(a.abstained),
  'right when shown %': pct(a.precisionWhenShown),
  'auto-confirmed %': pct(a.autoConfirmed),
  'auto right %': pct(a.autoConfirmedPrecision),
});

printTable('OIT suggester accuracy', [
  row('catalog only', 'train', result.catalogOnly.train),
  row('catalog only', 'held-out', result.catalogOnly.heldout),
  row('learned', 'train (leave one out)', result.learned.train),
  row('learned', 'held-out', result.learned.heldout),
]);

// Latency: one suggestion against an office with every training row as a confirmed link.
const suggester = new Suggester(items);
const examples = rows
  .filter((r) => r.split === 'train')
  .map((r) => ({ itemCode: r.code, subject: r.subject, kind: r.kind, fiscalYear }));
const timings: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const r of rows) {
    const started = process.hrtime.bigint();
    suggester.suggest({ fiscalYear, subject: r.subject, kind: r.kind }, [], examples);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
timings.sort((a, b) => a - b);
const latency = {
  p50: percentile(timings, 50),
  p95: percentile(timings, 95),
  p99: percentile(timings, 99),
};
printTable('Suggestion latency (ms)', [{ examples: examples.length, ...latency }]);

writeSection('oit', {
  labelledSet: 'test/fixtures/oit-subjects.json',
  subjects: { train: result.catalogOnly.train.n, heldout: result.catalogOnly.heldout.n },
  method:
    'Intl.Segmenter Thai words and word pairs, tf-idf over the catalog items (name ×2, evidence text, sub-indicator name), period and kind cues, coordinator rules, nearest confirmed example; softmax over items',
  weights: DEFAULT_WEIGHTS,
  abstainBelow: ABSTAIN_BELOW,
  autoConfirmAt: AUTO_CONFIRM_AT,
  accuracy: result,
  latencyMs: { ...latency, examples: examples.length },
});
