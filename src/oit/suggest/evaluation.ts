// Accuracy of the suggester on a labelled set: how often the right item is first, or in the
// top three, as ranked and as shown (only suggestions at or above the abstention threshold are
// stored and shown), with and without learning from confirmed links; and, for documents that
// evidence nothing, how often it stays quiet. Used by the benchmark and the specs.
import type { CatalogItem } from '../catalog/catalog-format';
import { ABSTAIN_BELOW, LearnedExample, SuggestKind, Suggester } from './suggester';

export interface LabelledDocument {
  /** The item it evidences; null for an ordinary document that evidences nothing. */
  code: string | null;
  kind: SuggestKind;
  subject: string;
  /** The body as an approval passes it (paragraphs joined by new lines), if any. */
  text?: string;
  /** `heldout` rows are never used to tune a rule or weight, nor learned from. */
  split: 'train' | 'heldout';
}

/** A row of `test/fixtures/oit-subjects.json`: a subject alone, always evidence. */
export type LabelledSubject = LabelledDocument & { code: string };

export interface Accuracy {
  /** Documents that evidence an item (the figures below but `quietOnNone` are over them). */
  n: number;
  /** The right item ranked first, or in the top three, whatever its score. */
  top1: number;
  top3: number;
  /** As the coordinator sees it: the right item first among, or one of, the proposals. */
  shownTop1: number;
  shownTop3: number;
  /** Share whose best score fell below the abstention threshold: nothing proposed. */
  abstained: number;
  /** Of the documents with a proposal, the share whose first proposal was right. */
  precisionWhenShown: number;
  /** Over every document: share whose best score reached `autoConfirmAt`, and how many were right. */
  autoConfirmed: number;
  autoConfirmedPrecision: number;
  /** Documents that evidence nothing, and the share of them with no proposal at all. */
  nNone: number;
  quietOnNone: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export interface MeasureOptions {
  /** Read the body too (as an approval does), or the subject alone. */
  withBody: boolean;
  autoConfirmAt: number;
}

export function measure(
  suggester: Suggester,
  rows: readonly LabelledDocument[],
  fiscalYear: number,
  examplesFor: (row: LabelledDocument) => LearnedExample[],
  options: MeasureOptions,
): Accuracy {
  const c = { top1: 0, top3: 0, shown1: 0, shown3: 0, abstained: 0, shownRight: 0 };
  const auto = { all: 0, right: 0 };
  let quiet = 0;
  for (const row of rows) {
    const input = { fiscalYear, subject: row.subject, kind: row.kind };
    const text = options.withBody ? row.text : undefined;
    const ranked = suggester.rank({ ...input, text }, [], examplesFor(row));
    const shown = ranked.filter((r) => r.score >= ABSTAIN_BELOW).slice(0, 3);
    if (ranked[0].score >= options.autoConfirmAt) {
      auto.all++;
      if (ranked[0].code === row.code) auto.right++;
    }
    if (row.code === null) {
      if (shown.length === 0) quiet++;
      continue;
    }
    if (ranked[0].code === row.code) c.top1++;
    if (ranked.slice(0, 3).some((r) => r.code === row.code)) c.top3++;
    if (shown[0]?.code === row.code) c.shown1++;
    if (shown.some((r) => r.code === row.code)) c.shown3++;
    if (shown.length === 0) c.abstained++;
    else if (shown[0].code === row.code) c.shownRight++;
  }
  const nNone = rows.filter((r) => r.code === null).length;
  const n = rows.length - nNone;
  return {
    n,
    top1: ratio(c.top1, n),
    top3: ratio(c.top3, n),
    shownTop1: ratio(c.shown1, n),
    shownTop3: ratio(c.shown3, n),
    abstained: ratio(c.abstained, n),
    precisionWhenShown: ratio(c.shownRight, n - c.abstained),
    autoConfirmed: ratio(auto.all, rows.length),
    autoConfirmedPrecision: ratio(auto.right, auto.all),
    nNone,
    quietOnNone: ratio(quiet, nNone),
  };
}

export interface Evaluation {
  /** Catalog words only, as for a new office with no confirmed links. */
  catalogOnly: { train: Accuracy; heldout: Accuracy };
  /**
   * Learning from confirmed links (subjects, as the office's links keep them): held-out rows
   * learn from every training row; training rows from the other training rows (leave one
   * out), so no row is ever its own example. Documents that evidence nothing teach nothing.
   */
  learned: { train: Accuracy; heldout: Accuracy };
}

export function evaluate(
  items: readonly CatalogItem[],
  rows: readonly LabelledDocument[],
  fiscalYear: number,
  options: MeasureOptions,
  suggester = new Suggester(items),
): Evaluation {
  const train = rows.filter((r) => r.split === 'train');
  const heldout = rows.filter((r) => r.split === 'heldout');
  const examples = train.filter((r) => r.code !== null);
  const asExample = (r: LabelledDocument): LearnedExample => ({
    itemCode: r.code!,
    subject: r.subject,
    kind: r.kind,
    fiscalYear,
  });
  const run = (set: LabelledDocument[], examplesFor: (row: LabelledDocument) => LearnedExample[]) =>
    measure(suggester, set, fiscalYear, examplesFor, options);
  return {
    catalogOnly: { train: run(train, () => []), heldout: run(heldout, () => []) },
    learned: {
      train: run(train, (row) => examples.filter((r) => r !== row).map(asExample)),
      heldout: run(heldout, () => examples.map(asExample)),
    },
  };
}

/** The memos fixture as labelled documents: the body is the paragraphs an approval joins. */
export function memoDocuments(
  memos: ReadonlyArray<{
    code: string | null;
    kind: string;
    subject: string;
    paragraphs: string[];
    split: string;
  }>,
): LabelledDocument[] {
  return memos.map((m) => ({
    code: m.code,
    kind: m.kind as SuggestKind,
    subject: m.subject,
    text: m.paragraphs.join('\n'),
    split: m.split as LabelledDocument['split'],
  }));
}
