// What the assessor and the public see of an office's OIT year: per item, its published evidence.
// The same shape is frozen as the submission snapshot, so the page reads either the same way.
import type { StandingView } from '../standing/standing-view';

/** An office's code as public URLs carry it; anything else is 404 before a query. */
export const ORG_CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** A file attached to a published memo: for report items it is the evidence itself. */
export interface PublicAttachment {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  url: string;
}

export interface PublicEvidence {
  kind: string;
  title: string;
  number: string;
  /** ISO date (Bangkok calendar day) of the document or registration. */
  date: string;
  url: string | null;
  sha256: string | null;
  /** A memo's attachments; absent in snapshots frozen before attachments were published. */
  attachments?: PublicAttachment[];
}

export interface PublicItem {
  code: string;
  name: string;
  subindicator: string;
  subindicatorName: string;
  status: string;
  evidence: PublicEvidence[];
}

export interface PublicView {
  org: { code: string; name: string };
  fiscalYear: number;
  catalogYear: number;
  submittedAt: string | null;
  items: PublicItem[];
  /** O1 and O2's pages as frozen by the submission (absent from live views and older snapshots). */
  standing?: StandingView;
}

/** Only http(s) addresses become links: a `javascript:` URL must never reach an href. */
export const isWebUrl = (url: string | null): url is string =>
  url !== null && /^https?:\/\/[^\s]+$/i.test(url);

const CSV_INJECTION = /^[=+\-@\t\r]/;

const csvCell = (value: string): string => {
  // Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text.
  const safe = CSV_INJECTION.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const ATTACHMENT_LABEL = 'สิ่งที่แนบ:';

/** The evidence's own row, then one row per attachment (title, url, date). */
const evidenceRows = (e: PublicEvidence): string[][] => [
  [e.title, e.url ?? '', e.date],
  ...(e.attachments ?? []).map((a) => [`${ATTACHMENT_LABEL} ${a.fileName}`, a.url, e.date]),
];

/** One row per item and piece of evidence (items without evidence get one empty row). */
export function toCsv(view: PublicView): string {
  const header = ['code', 'name', 'status', 'title', 'url', 'date'];
  const rows = view.items.flatMap((item) => {
    const cells = item.evidence.length > 0 ? item.evidence.flatMap(evidenceRows) : [['', '', '']];
    return cells.map((c) => [item.code, item.name, item.status, ...c]);
  });
  // The BOM makes spreadsheet programs read the Thai text as UTF-8.
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toExportJson(view: PublicView) {
  return {
    org: view.org,
    fiscalYear: view.fiscalYear,
    catalogYear: view.catalogYear,
    submittedAt: view.submittedAt,
    items: view.items.map((i) => ({
      code: i.code,
      name: i.name,
      status: i.status,
      urls: i.evidence
        .flatMap((e) => [e.url, ...(e.attachments ?? []).map((a) => a.url)])
        .filter((u): u is string => u !== null),
      evidence: i.evidence,
    })),
  };
}
