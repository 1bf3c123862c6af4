import { DateTime } from 'luxon';
import { CustomerSchema, type Customer } from '../domain/customer.js';
import { InvoiceSchema, type Invoice } from '../domain/invoice.js';
import type { Runtime } from '../runtime/runtime.js';
import { DEMO_CUSTOMERS, type DemoCustomer } from './customers.js';

/** Builds one demo customer and its invoices with dates counted from `now` in the customer's zone. Pure. */
export function demoRecords(d: DemoCustomer, now: Date): { customer: Customer; invoices: Invoice[] } {
  const today = DateTime.fromJSDate(now, { zone: d.timezone }).startOf('day');
  const customer = CustomerSchema.parse({
    id: d.id,
    name: d.name,
    language: d.language,
    timezone: d.timezone,
    holidayCalendar: d.timezone === 'Asia/Shanghai' ? 'CN' : 'none',
    rep: d.rep,
    contacts: [{ platform: 'local', address: d.address, displayName: d.displayName, role: 'finance' }],
  });
  const invoices = d.invoices.map((i) => {
    const due = today.plus({ days: i.dueInDays });
    return InvoiceSchema.parse({
      id: i.id,
      customerId: d.id,
      amount: i.amount,
      currency: i.currency,
      issueDate: due.minus({ days: i.issuedDaysBefore }).toISODate(),
      dueDate: due.toISODate(),
      status: 'open',
      amountPaid: 0,
    });
  });
  return { customer, invoices };
}

/**
 * Loads the demo book into the running bot, dated from the bot's own clock, and lets the engine plan
 * each case (an `invoices_changed` event through the mailbox, as an import does). Loading again
 * re-dates the invoices and replans.
 */
export async function loadDemo(runtime: Runtime): Promise<{ customers: string[]; now: string }> {
  const now = runtime.opts.clock.now();
  const { store, services } = runtime;
  for (const d of DEMO_CUSTOMERS) {
    const { customer, invoices } = demoRecords(d, now);
    await store.customers.save(customer, await store.customers.get(customer.id));
    const multi = store.redis.multi();
    for (const inv of invoices) store.invoices.addSave(multi, inv);
    await multi.exec();
    await services.enqueueEvent(customer.id, { type: 'invoices_changed', id: `demo-${customer.id}-${now.getTime()}`, invoices });
  }
  return { customers: DEMO_CUSTOMERS.map((d) => d.id), now: now.toISOString() };
}
