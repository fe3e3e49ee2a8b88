import { ERROR_CATALOG } from '../common/errors/error-codes';

/** One row's verdict; the summary fields say what the row makes (or would make). */
export interface ImportRow {
  /** The row's line in the file as a spreadsheet numbers it (the header is row 1). */
  row: number;
  status: 'ok' | 'error';
  /** Each in Thai, then English in parentheses. */
  errors: string[];
  [summary: string]: unknown;
}

export interface ImportResult {
  dryRun: boolean;
  /** True when every row is good (and, unless a dry run, everything was written). */
  ok: boolean;
  rows: ImportRow[];
}

/**
 * The verdict on checked rows: every row good and not a dry run, `write` gets their plans (in
 * the caller's one transaction); any bad row and nothing is written.
 */
export async function settleImport<P>(
  checked: Array<{ plan: P; result: ImportRow }>,
  dryRun: boolean,
  write: (plans: P[]) => Promise<void>,
): Promise<ImportResult> {
  const rows = checked.map((c) => c.result);
  const ok = rows.every((r) => r.status === 'ok');
  if (ok && !dryRun) await write(checked.map((c) => c.plan));
  return { dryRun, ok, rows };
}

/** A problem with a row, in both languages. */
export const problem = (th: string, en: string): string => `${th} (${en})`;

/** The body of a refused import (422): the error fields plus the same per-row result. */
export const refusedBody = (result: ImportResult) => {
  const entry = ERROR_CATALOG.IMPORT_REFUSED;
  return {
    statusCode: entry.status,
    code: 'IMPORT_REFUSED' as const,
    message: `${entry.th} (${entry.en})`,
    ...result,
  };
};

/** Checks a text cell's length against its column; pushes a problem when too long or missing. */
export function checkText(
  errors: string[],
  value: string,
  field: { th: string; en: string; max: number; required?: boolean },
): void {
  if (field.required && value === '') {
    errors.push(problem(`ต้องระบุ${field.th}`, `${field.en} is required`));
  } else if (value.length > field.max) {
    errors.push(
      problem(
        `${field.th}ยาวเกิน ${field.max} ตัวอักษร`,
        `${field.en} is longer than ${field.max} characters`,
      ),
    );
  }
}

/** Splits a cell that lists several values ("officer|group_head", "กลุ่มนิเทศฯ; กลุ่ม ICT"). */
export const listCell = (value: string): string[] =>
  value
    .split(/[|;]/)
    .map((v) => v.trim())
    .filter(Boolean);
