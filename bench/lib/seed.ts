/** Seeds customers with open invoices on the local channel and lets the runtime plan their cases, as an import does. */
import type { Customer } from '../../src/domain/customer.js';
import type { Invoice } from '../../src/domain/invoice.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import { eachLimited, sleep } from './common.js';

export interface SeedOptions {
  customers: number;
  /** Due dates, in days from today, are spread over [from, to]; negative means overdue. */
  dueFromDays: number;
  dueToDays: number;
  /** Language of customer i; defaults to zh. */
  language?: (i: number) => 'zh' | 'en';
}

export function benchCustomer(i: number, language: 'zh' | 'en' = 'zh'): Customer {
  return {
    id: `C${i}`,
    name: `Bench customer ${i}`,
    contacts: [{ platform: 'local', address: `chat-C${i}`, role: 'payer' }],
    language,
    timezone: 'Asia/Shanghai',
    holidayCalendar: 'CN',
  };
}

/** Writes the customers and 1–3 open invoices each, then puts `invoices_changed` in each mailbox and waits until every case is planned. */
export async function seedCustomers(runtime: Runtime, opts: SeedOptions): Promise<{ customers: Customer[]; invoices: number; seconds: number }> {
  const t0 = performance.now();
  const { store, services } = runtime;
  const today = Date.now();
  const day = (offset: number) => new Date(today + offset * 86400000).toISOString().slice(0, 10);
  const span = opts.dueToDays - opts.dueFromDays + 1;
  const customers: Customer[] = [];
  const invoicesOf = new Map<string, Invoice[]>();
  let invoiceCount = 0;
  for (let i = 0; i < opts.customers; i++) {
    const customer = benchCustomer(i, opts.language?.(i) ?? 'zh');
    const n = 1 + (i % 3);
    const invoices: Invoice[] = Array.from({ length: n }, (_, j) => ({
      id: `INV-${i}-${j}`,
      customerId: customer.id,
      amount: 100000 + ((i * 7 + j * 13) % 90) * 10000,
      currency: 'CNY',
      issueDate: day(opts.dueFromDays - 30),
      dueDate: day(opts.dueFromDays + ((i * 7 + j * 5) % span)),
      status: 'open',
      amountPaid: 0,
    }));
    customers.push(customer);
    invoicesOf.set(customer.id, invoices);
    invoiceCount += n;
  }
  for (let i = 0; i < customers.length; i += 500) {
    const multi = store.redis.multi();
    for (const c of customers.slice(i, i + 500)) {
      store.customers.addSave(multi, c);
      for (const inv of invoicesOf.get(c.id)!) store.invoices.addSave(multi, inv);
    }
    await multi.exec();
  }
  await eachLimited(customers, 100, async (c) => {
    await services.enqueueEvent(c.id, { type: 'invoices_changed', id: `seed-${c.id}`, invoices: invoicesOf.get(c.id)! });
  });
  await waitDrained(runtime, ['inbound', 'outbox', 'alerts'], 120_000);
  return { customers, invoices: invoiceCount, seconds: (performance.now() - t0) / 1000 };
}

/** Waits until the named queues have nothing waiting, running or delayed (delayed inbound jobs are lock retries). */
export async function waitDrained(runtime: Runtime, names: Array<'inbound' | 'outbox' | 'alerts' | 'steps'>, timeoutMs: number, pollMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let busy = 0;
    for (const name of names) {
      const states = name === 'steps' ? (['waiting', 'active', 'prioritized'] as const) : (['waiting', 'active', 'delayed', 'prioritized'] as const);
      const counts = await runtime.queues[name].getJobCounts(...states);
      busy += Object.values(counts).reduce((a, b) => a + b, 0);
    }
    if (busy === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(pollMs);
  }
}
