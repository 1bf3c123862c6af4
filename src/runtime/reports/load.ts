import { DateTime } from 'luxon';
import type { Store } from '../store/index.js';
import type { PaymentPromise } from '../../domain/promise.js';
import { agingReport, type AgingReport } from './aging.js';

/** Reads every invoice and case from the store and builds the aging report in the given zone's today. */
export async function loadAgingReport(store: Store, now: Date, tz: string, thresholds: Array<{ class: string; fromDays: number }>): Promise<AgingReport> {
  const ids = await store.invoices.allIds();
  const invoices = [];
  for (let i = 0; i < ids.length; i += 1000) invoices.push(...(await store.invoices.getMany(ids.slice(i, i + 1000))));
  const customerIds = await store.customers.ids();
  const promises: Array<PaymentPromise & { customerId: string }> = [];
  for (let i = 0; i < customerIds.length; i += 1000) {
    const cases = await store.cases.getMany(customerIds.slice(i, i + 1000));
    for (const [cid, c] of cases) for (const p of c.promises) promises.push({ ...p, customerId: cid });
  }
  const asOf = DateTime.fromJSDate(now, { zone: tz }).toISODate()!;
  return agingReport(invoices, promises, asOf, thresholds);
}
