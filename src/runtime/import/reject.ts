import { formatRowError, type RowError } from './row.js';
import type { CsvRecord } from './parse.js';

/** The rejected rows as the user wrote them plus an `error` column, so they can be fixed and imported again. */
export function rejectCsv(headers: string[], records: CsvRecord[], errors: RowError[]): string {
  const byLine = new Map<number, string[]>();
  for (const e of errors) if (e.line !== undefined) byLine.set(e.line, [...(byLine.get(e.line) ?? []), formatRowError(e)]);
  const lines = [[...headers, 'error'], ...records.map((r) => [...r.cells, (byLine.get(r.line) ?? []).join('; ')])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A leading = + - @ is defused so a reject file is safe to open in Excel (the user fixes and re-imports it). */
export function csvCell(value: string): string {
  return csvQuote(/^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value);
}

/** RFC 4180 quoting, value unchanged. */
export function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
