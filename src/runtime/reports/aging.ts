import { DateTime } from 'luxon';
import type { Invoice } from '../../domain/invoice.js';
import { isOpen, outstanding } from '../../domain/invoice.js';
import type { PaymentPromise } from '../../domain/promise.js';

export const AGING_BUCKETS = ['not_due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface AgingReport {
  asOf: string;
  /** currency → bucket → minor units */
  buckets: Record<string, Record<AgingBucket, number>>;
  /** currency → risk class → minor units */
  riskClasses: Record<string, Record<string, number>>;
  promisesDueThisWeek: Array<{ customerId: string; promiseId: string; date: string; amount: number | null }>;
  promises: { kept: number; broken: number; pending: number; keptRate: number | null };
  openInvoices: number;
}

export function daysOverdue(dueDate: string, asOf: string): number {
  return Math.round(DateTime.fromISO(asOf, { zone: 'UTC' }).diff(DateTime.fromISO(dueDate, { zone: 'UTC' }), 'days').days);
}

export function bucketOf(days: number): AgingBucket {
  if (days <= 0) return 'not_due';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Risk class by days overdue, from the playbook's ascending thresholds. */
export function riskClassOf(days: number, thresholds: Array<{ class: string; fromDays: number }>): string {
  let found = thresholds[0]?.class ?? 'unknown';
  for (const t of thresholds) if (days >= t.fromDays) found = t.class;
  return found;
}

/** Open receivables by age bucket and risk class per currency, as of a day (YYYY-MM-DD). Pure. */
export function agingReport(
  invoices: Invoice[],
  promises: Array<PaymentPromise & { customerId: string }>,
  asOf: string,
  thresholds: Array<{ class: string; fromDays: number }>,
): AgingReport {
  const buckets: AgingReport['buckets'] = {};
  const riskClasses: AgingReport['riskClasses'] = {};
  let openInvoices = 0;
  for (const inv of invoices) {
    if (!isOpen(inv)) continue;
    const left = outstanding(inv);
    if (left <= 0) continue;
    openInvoices++;
    const days = daysOverdue(inv.dueDate, asOf);
    const b = (buckets[inv.currency] ??= Object.fromEntries(AGING_BUCKETS.map((k) => [k, 0])) as Record<AgingBucket, number>);
    b[bucketOf(days)] += left;
    const r = (riskClasses[inv.currency] ??= Object.fromEntries(thresholds.map((t) => [t.class, 0])));
    const cls = riskClassOf(days, thresholds);
    r[cls] = (r[cls] ?? 0) + left;
  }
  const day = DateTime.fromISO(asOf, { zone: 'UTC' });
  const weekEnd = day.plus({ days: 7 - day.weekday }).toISODate()!;
  const weekStart = day.minus({ days: day.weekday - 1 }).toISODate()!;
  const kept = promises.filter((p) => p.status === 'kept').length;
  const broken = promises.filter((p) => p.status === 'broken').length;
  return {
    asOf,
    buckets,
    riskClasses,
    promisesDueThisWeek: promises
      .filter((p) => p.status === 'pending' && p.date >= weekStart && p.date <= weekEnd)
      .map((p) => ({ customerId: p.customerId, promiseId: p.id, date: p.date, amount: p.amount }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    promises: { kept, broken, pending: promises.filter((p) => p.status === 'pending').length, keptRate: kept + broken ? kept / (kept + broken) : null },
    openInvoices,
  };
}
