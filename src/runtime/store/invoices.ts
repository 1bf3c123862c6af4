import type { RedisClient } from '../../redis/connect.js';
import { InvoiceSchema, type Invoice } from '../../domain/invoice.js';
import type { Keys } from '../keys.js';
import { addSaddMany } from './bulk.js';
import { compactJson, parseStored } from './json.js';

/** InvoiceSchema's defaults: an imported invoice is open and unpaid, which need not be stored. */
export const INVOICE_DEFAULTS: Readonly<Record<string, unknown>> = { status: 'open', amountPaid: 0 };

export class InvoiceStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async get(id: string): Promise<Invoice | null> {
    return parseStored(InvoiceSchema, await this.redis.get(this.keys.invoice(id)), INVOICE_DEFAULTS);
  }

  async getMany(ids: string[]): Promise<Invoice[]> {
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(...ids.map((id) => this.keys.invoice(id)));
    return raws.map((r) => parseStored(InvoiceSchema, r, INVOICE_DEFAULTS)).filter((x): x is Invoice => x !== null);
  }

  async forCustomer(customerId: string): Promise<Invoice[]> {
    const ids = await this.redis.smembers(this.keys.customerInvoices(customerId));
    return (await this.getMany(ids.sort())).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  }

  /** Every invoice id, customer by customer (no global index: it would cost ~60 B per invoice). */
  async allIds(): Promise<string[]> {
    const customers = await this.redis.smembers(this.keys.customers());
    const ids: string[] = [];
    for (let i = 0; i < customers.length; i += 1000) {
      const reading = this.redis.pipeline();
      for (const c of customers.slice(i, i + 1000)) reading.smembers(this.keys.customerInvoices(c));
      for (const [err, members] of (await reading.exec()) ?? []) {
        if (err) throw err;
        ids.push(...(members as string[]));
      }
    }
    return ids;
  }

  addSave(multi: ReturnType<RedisClient['multi']>, invoice: Invoice): void {
    this.addSaveMany(multi, [invoice]);
  }

  /** The writes of many invoices as one MSET and one SADD per set (the import writes a thousand at a time). */
  addSaveMany(multi: ReturnType<RedisClient['multi']>, invoices: Invoice[]): void {
    if (invoices.length === 0) return;
    const pairs: string[] = [];
    const byCustomer = new Map<string, string[]>();
    for (const inv of invoices) {
      pairs.push(this.keys.invoice(inv.id), compactJson(inv, INVOICE_DEFAULTS));
      const ids = byCustomer.get(inv.customerId);
      if (ids) ids.push(inv.id);
      else byCustomer.set(inv.customerId, [inv.id]);
    }
    multi.mset(...pairs);
    addSaddMany(multi, [...byCustomer].map(([customerId, ids]) => [this.keys.customerInvoices(customerId), ids]));
  }
}
