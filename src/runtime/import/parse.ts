import { parse, CsvError } from 'csv-parse/sync';
import { canonicalColumn, REQUIRED_COLUMNS, type Column } from './columns.js';
import type { RowError, RowInput } from './row.js';

export interface CsvRecord {
  /** The file's line number where the record starts (header = 1). */
  line: number;
  /** The cells as written, for the reject file. */
  cells: string[];
  input: RowInput;
}

export interface ParsedCsv {
  headers: string[];
  /** Canonical column → the header as the file wrote it, so errors use the user's own words. */
  names: Partial<Record<Column, string>>;
  records: CsvRecord[];
  /** File-level problems (no header, missing columns, broken quoting): the file cannot be imported. */
  errors: RowError[];
}

/** Splits decoded CSV text into records keyed by canonical column, with the line each starts on. */
export function parseCsv(text: string): ParsedCsv {
  let rows: Array<{ record: string[]; line: number }>;
  try {
    rows = splitRecords(text, sniffDelimiter(text));
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      return { headers: [], names: {}, records: [], errors: [{ line: line ?? 1, field: 'csv', problem: err.message.replace(/^[^:]*:\s*/, '') }] };
    }
    throw err;
  }
  const [head, ...body] = rows;
  if (!head || head.record.every((h) => h.trim() === '')) {
    return { headers: [], names: {}, records: [], errors: [{ line: 1, field: 'file', problem: 'is empty: expected a header row and at least one invoice' }] };
  }
  const headers = head.record.map((h) => h.trim());
  const index = new Map<Column, number>();
  const names: Partial<Record<Column, string>> = {};
  const errors: RowError[] = [];
  headers.forEach((h, i) => {
    const col = canonicalColumn(h);
    if (!col) return;
    if (index.has(col)) errors.push({ line: 1, field: h, problem: `repeats the column ${names[col]}` });
    index.set(col, i);
    names[col] = h;
  });
  for (const col of REQUIRED_COLUMNS) if (!index.has(col)) errors.push({ line: 1, field: col, problem: 'missing column' });
  const columns = [...index];
  const records = body.map(({ record, line }) => {
    const input: RowInput = {};
    for (const [col, i] of columns) input[col] = record[i] ?? '';
    return { line, cells: record, input };
  });
  if (!errors.length && records.length === 0) errors.push({ line: 2, field: 'file', problem: 'has a header but no invoices' });
  return { headers, names, records, errors };
}

/**
 * Records with the line each starts on. Most files have one record per line and no blank lines: then
 * record i is on line i + 1, and csv-parse need not build an info object and keep the raw text of
 * every record (a third of the parse). Otherwise (blank lines, cells spanning lines, lone CRs) the
 * lines come from csv-parse's own count.
 */
function splitRecords(text: string, delimiter: string): Array<{ record: string[]; line: number }> {
  const options = { skip_empty_lines: true, relax_column_count: true, delimiter };
  if (!/\r(?!\n)/.test(text)) {
    const records = parse(text, options) as string[][];
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.endsWith('\n')) lines--;
    if (records.length === lines) return records.map((record, i) => ({ record, line: i + 1 }));
  }
  const rows = parse(text, { ...options, info: true, raw: true }) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  return rows.map(({ record, info, raw }) => ({ record, line: startLine(info.lines, raw) }));
}

/** csv-parse reports the line a record ends on; quoted cells may span lines, and skipped blank lines ride along in `raw`. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** Excel in some locales saves with semicolons, and "Unicode text" with tabs: the header line tells which. */
function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as readonly [string, number])[0];
}
