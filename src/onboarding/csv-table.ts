import { parse } from 'csv-parse/sync';
import { DomainError } from '../common/errors/domain-error';

/** More rows than any area office has people (60–120) or groups: a wrong file, not an office. */
export const IMPORT_MAX_ROWS = 1000;

/** A column of an import file: its key and the headers (Thai or English) that name it. */
export interface ColumnSpec<K extends string> {
  key: K;
  headers: string[];
  required?: boolean;
}

/** One data row; `row` is its line in the file as a spreadsheet numbers it (the header is 1). */
export interface TableRow<K extends string> {
  row: number;
  values: Record<K, string>;
}

/** Columns a spreadsheet often carries that mean nothing to the import (a running number). */
const IGNORED_HEADERS = ['ลำดับ', 'ลำดับที่', 'ที่', 'no', 'no.', '#'];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The file's text: UTF-8 with or without a BOM, else the Windows Thai encoding (windows-874,
 * a superset of TIS-620) that Excel in Thai offices writes.
 */
export function decodeCsv(bytes: Buffer): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

const normalize = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

const invalid = (th: string, en: string, extra: Record<string, unknown> = {}) =>
  new DomainError('IMPORT_FILE_INVALID', { problem: `${th} (${en})`, ...extra });

function records(text: string): Array<{ record: string[]; line: number }> {
  try {
    const parsed = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return parsed.map((p) => ({ record: p.record, line: p.info.lines }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid('ไฟล์ไม่ใช่ CSV ที่ถูกต้อง', 'not a valid CSV file', { reason });
  }
}

function columnIndexes<K extends string>(header: string[], columns: ColumnSpec<K>[]) {
  const indexes = new Map<K, number>();
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const name = normalize(raw);
    const column = columns.find((c) => c.headers.some((h) => normalize(h) === name));
    if (column && !indexes.has(column.key)) indexes.set(column.key, i);
    else if (name !== '' && !IGNORED_HEADERS.includes(name)) unknown.push(raw.trim());
  });
  const missing = columns.filter((c) => c.required && !indexes.has(c.key));
  if (unknown.length > 0 || missing.length > 0) {
    throw invalid('หัวคอลัมน์ไม่ถูกต้อง', 'unexpected or missing column headers', {
      unknownColumns: unknown,
      missingColumns: missing.map((c) => c.headers.join(' / ')),
      acceptedColumns: columns.map((c) => c.headers.join(' / ')),
    });
  }
  return indexes;
}

/** Reads an import file into rows keyed by column; 400 for a file that is not such a table. */
export function readTable<K extends string>(
  bytes: Buffer,
  columns: ColumnSpec<K>[],
): TableRow<K>[] {
  const all = records(decodeCsv(bytes));
  if (all.length === 0) throw invalid('ไฟล์ว่างเปล่า', 'the file is empty');
  const indexes = columnIndexes(all[0].record, columns);
  const data = all.slice(1);
  if (data.length === 0) throw invalid('ไฟล์ไม่มีข้อมูลใต้หัวคอลัมน์', 'no rows below the header');
  if (data.length > IMPORT_MAX_ROWS) {
    throw invalid(`ไฟล์มีเกิน ${IMPORT_MAX_ROWS} แถว`, `more than ${IMPORT_MAX_ROWS} rows`, {
      rows: data.length,
    });
  }
  return data.map(({ record, line }) => {
    const values = {} as Record<K, string>;
    for (const c of columns) values[c.key] = record[indexes.get(c.key) ?? -1] ?? '';
    return { row: line, values };
  });
}
