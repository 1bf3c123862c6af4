import { minorDigits } from '../../domain/money.js';
import { AGING_BUCKETS, type AgingReport } from '../../runtime/reports/aging.js';

/** Minor units as a plain decimal (no grouping), exact: integer arithmetic, no float rounding. */
export function decimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const s = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** One row per currency and dimension: the same figures the page's chart shows. */
function rows(r: AgingReport, classes: string[]): string[][] {
  const out: string[][] = [];
  for (const cur of Object.keys(r.buckets).sort()) {
    out.push([cur, 'bucket', ...AGING_BUCKETS.map((b) => decimal(r.buckets[cur]![b], cur))]);
    out.push([cur, 'risk', ...classes.map((c) => decimal(r.riskClasses[cur]?.[c] ?? 0, cur))]);
  }
  return out;
}

export function agingCsv(r: AgingReport, classes: string[]): string {
  const lines = [['currency', 'dimension', ...AGING_BUCKETS].join(','), ...rows(r, classes).filter((x) => x[1] === 'bucket').map((x) => x.join(','))];
  lines.push('', ['currency', 'dimension', ...classes].join(','), ...rows(r, classes).filter((x) => x[1] === 'risk').map((x) => x.join(',')));
  return `${lines.join('\n')}\n`;
}

function table(head: string[], body: string[][]): string {
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => (i < 2 ? s + ' '.repeat(cols[i]! - width(s)) : ' '.repeat(cols[i]! - width(s)) + s);
  return [head, ...body].map((r) => r.map(pad).join('  ').trimEnd()).join('\n');
}

export function agingTable(r: AgingReport, classes: string[]): string {
  const { kept, broken, pending, keptRate } = r.promises;
  const all = rows(r, classes);
  const parts = [
    `Aging as of ${r.asOf} (${r.openInvoices} open invoices)`,
    '',
    all.length ? table(['currency', 'by', ...AGING_BUCKETS], all.filter((x) => x[1] === 'bucket').map((x) => [x[0]!, 'days', ...x.slice(2)])) : 'no open receivables',
  ];
  if (all.length) parts.push('', table(['currency', 'by', ...classes], all.filter((x) => x[1] === 'risk').map((x) => [x[0]!, 'risk', ...x.slice(2)])));
  parts.push('', `promises: ${kept} kept, ${broken} broken, ${pending} pending${keptRate === null ? '' : ` (kept rate ${Math.round(keptRate * 100)}%)`}`);
  parts.push(`promises due this week: ${r.promisesDueThisWeek.length ? r.promisesDueThisWeek.map((p) => `${p.date} ${p.customerId}`).join(', ') : 'none'}`);
  return `${parts.join('\n')}\n`;
}
