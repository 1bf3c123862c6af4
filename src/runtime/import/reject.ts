import { formatRowError, type RowError } from './row.js';
import type { CsvRecord } from './parse.js';

/** The rejected rows as the user wrote them plus an `error` column, so they can be fixed and imported again. */
export function rejectCsv(headers: string[], records: CsvRecord[], errors: RowError[]): string {
  const byLine = new Map<number, string[]>();
  for (const e of errors) if (e.line !== undefined) byLine.set(e.line, [...(byLine.get(e.line) ?? []), formatRowError(e)]);
  const lines = [[...headers, 'error'], ...records.map((r) => [...r.cells, (byLine.get(r.line) ?? []).join('; ')])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading = + - @ is defused so the file is safe to open in Excel. */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
