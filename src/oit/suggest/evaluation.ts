// Accuracy of the suggester on a labelled set: how often the right item is first, or in the
// top three, with and without learning from confirmed links. Used by the benchmark and a test.
import type { CatalogItem } from '../catalog/catalog-format';
import { ABSTAIN_BELOW, LearnedExample, SuggestKind, Suggester } from './suggester';

export interface LabelledSubject {
  code: string;
  kind: SuggestKind;
  subject: string;
  split: 'train' | 'heldout';
}

export interface Accuracy {
  n: number;
  top1: number;
  top3: number;
  /** Share of subjects whose best score fell below the abstention threshold. */
  abstained: number;
  /** Of the subjects not abstained on, the share whose first suggestion was right. */
  precisionWhenShown: number;
  /** Share whose best score reached `autoConfirmAt`, and how many of those were right. */
  autoConfirmed: number;
  autoConfirmedPrecision: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function measure(
  suggester: Suggester,
  rows: readonly LabelledSubject[],
  fiscalYear: number,
  examplesFor: (row: LabelledSubject) => LearnedExample[],
  autoConfirmAt: number,
): Accuracy {
  let top1 = 0;
  let top3 = 0;
  let abstained = 0;
  let shownRight = 0;
  let auto = 0;
  let autoRight = 0;
  for (const row of rows) {
    const ranked = suggester.rank(
      { fiscalYear, subject: row.subject, kind: row.kind },
      [],
      examplesFor(row),
    );
    const right = ranked[0].code === row.code;
    if (right) top1++;
    if (ranked.slice(0, 3).some((r) => r.code === row.code)) top3++;
    if (ranked[0].score < ABSTAIN_BELOW) abstained++;
    else if (right) shownRight++;
    if (ranked[0].score >= autoConfirmAt) {
      auto++;
      if (right) autoRight++;
    }
  }
  const n = rows.length;
  return {
    n,
    top1: ratio(top1, n),
    top3: ratio(top3, n),
    abstained: ratio(abstained, n),
    precisionWhenShown: ratio(shownRight, n - abstained),
    autoConfirmed: ratio(auto, n),
    autoConfirmedPrecision: ratio(autoRight, auto),
  };
}

export interface Evaluation {
  /** Catalog words only, as for a new office with no confirmed links. */
  catalogOnly: { train: Accuracy; heldout: Accuracy };
  /**
   * Learning from confirmed links: held-out rows learn from every training row; training rows
   * from the other training rows (leave one out), so no row is ever its own example.
   */
  learned: { train: Accuracy; heldout: Accuracy };
}

export function evaluate(
  items: readonly CatalogItem[],
  rows: readonly LabelledSubject[],
  fiscalYear: number,
  autoConfirmAt: number,
  suggester = new Suggester(items),
): Evaluation {
  const train = rows.filter((r) => r.split === 'train');
  const heldout = rows.filter((r) => r.split === 'heldout');
  const asExample = (r: LabelledSubject): LearnedExample => ({
    itemCode: r.code,
    subject: r.subject,
    kind: r.kind,
    fiscalYear,
  });
  const none = () => [];
  return {
    catalogOnly: {
      train: measure(suggester, train, fiscalYear, none, autoConfirmAt),
      heldout: measure(suggester, heldout, fiscalYear, none, autoConfirmAt),
    },
    learned: {
      train: measure(
        suggester,
        train,
        fiscalYear,
        (row) => train.filter((r) => r !== row).map(asExample),
        autoConfirmAt,
      ),
      heldout: measure(suggester, heldout, fiscalYear, () => train.map(asExample), autoConfirmAt),
    },
  };
}
