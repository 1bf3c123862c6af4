import type { Language } from '../../domain/ids.js';
import { applyRows, type ApplyDeps, type ImportProgress } from './apply.js';
import { COLUMNS } from './columns.js';
import { crossCheck, fileLine, type RowLabel } from './crosscheck.js';
import { decodeCsv, type CsvEncoding } from './decode.js';
import { parseCsv, type CsvRecord } from './parse.js';
import { formatRowError, validateRow, type ImportRow, type RowError, type RowInput } from './row.js';
import { rejectCsv } from './reject.js';

export { COLUMNS, formatRowError, validateRow };
export type { ImportProgress, ImportRow, RowError, RowInput, CsvEncoding };

export interface ImportSummary {
  imported: number;
  customers: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportResult {
  summary: ImportSummary;
  /** Every bad row, in line order; when `refused`, nothing was written. */
  errors: RowError[];
  refused: boolean;
  /** With skipBad and bad rows: the rejected rows as CSV (the file's header plus an `error` column). */
  rejectCsv?: string;
  encoding?: CsvEncoding;
}

export interface ImportOptions {
  /** Where to write: a Runtime, or just its store and queues (the CLI imports without running workers). */
  runtime: ApplyDeps;
  /** Import the good rows and report the bad ones instead of refusing the whole file. */
  skipBad?: boolean;
  /** For customers the input gives no zone or language (DUEBOT_TZ, DUEBOT_LANG). */
  defaults?: { timezone: string; language: Language };
  onProgress?: (p: ImportProgress) => void;
}

const DEFAULTS = { timezone: 'Asia/Shanghai', language: 'zh' as Language };

/**
 * Imports a CSV of invoices (UTF-8 with or without BOM, or GB18030; English or Chinese headers):
 *
 *   const result = await importCsv(buffer, { runtime, skipBad: false, defaults: { timezone, language } });
 *   if (result.refused) show(result.errors.map(formatRowError)); else show(result.summary);
 *
 * By default nothing is written when any row is bad. New or changed invoices put one
 * `invoices_changed` event per customer in its mailbox; the running workers plan or re-plan the case.
 */
export async function importCsv(input: Buffer | Uint8Array | string, opts: ImportOptions): Promise<ImportResult> {
  const { text, encoding } = decodeCsv(input);
  const csv = parseCsv(text);
  if (csv.errors.length) return { ...refusal(csv.errors), encoding };
  const names = csv.names as Record<string, string>;
  const name = (field: string) => names[field] ?? field;
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  for (const rec of csv.records) {
    const v = validateRow(rec.input, rec.line, csv.names);
    if ('row' in v) rows.push(v.row);
    else errors.push(...v.errors);
  }
  const result = await importValidated(rows, errors, opts, fileLine, name);
  const rejected = new Set(result.errors.map((e) => e.line));
  return {
    ...result,
    encoding,
    ...(opts.skipBad && rejected.size ? { rejectCsv: rejectCsv(csv.headers, csv.records.filter((r: CsvRecord) => rejected.has(r.line)), result.errors) } : {}),
  };
}

/**
 * Imports rows given as objects with the CSV's fields (the REST API). Errors carry the row's index
 * as `line` (0-based) and name fields as given.
 */
export async function importRows(inputs: RowInput[], opts: ImportOptions): Promise<ImportResult> {
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  inputs.forEach((input, i) => {
    const v = validateRow(input, i);
    if ('row' in v) rows.push(v.row);
    else errors.push(...v.errors);
  });
  return importValidated(rows, errors, opts, (i) => `item ${i ?? '?'}`, (f) => f);
}

async function importValidated(rows: ImportRow[], rowErrors: RowError[], opts: ImportOptions, label: RowLabel, name: (f: string) => string): Promise<ImportResult> {
  const errors = [...rowErrors, ...crossCheck(rows, label, name)];
  const bad = new Set(errors.map((e) => e.line));
  if (errors.length && !opts.skipBad) return refusal(errors);
  const applied = await applyRows(
    rows.filter((r) => !bad.has(r.line)),
    opts.runtime,
    { skipBad: !!opts.skipBad, defaults: opts.defaults ?? DEFAULTS, label, name, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) },
  );
  const all = sortErrors([...errors, ...applied.errors]);
  if (applied.refused) return refusal(all);
  const { imported, customers, updated, unchanged } = applied;
  return { summary: { imported, customers, updated, unchanged, rejected: new Set(all.map((e) => e.line)).size }, errors: all, refused: false };
}

function refusal(errors: RowError[]): ImportResult {
  const sorted = sortErrors(errors);
  return { summary: { imported: 0, customers: 0, updated: 0, unchanged: 0, rejected: new Set(sorted.map((e) => e.line)).size }, errors: sorted, refused: true };
}

function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
