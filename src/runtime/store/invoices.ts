import type { RedisClient } from '../../redis/connect.js';
import { InvoiceSchema, type Invoice } from '../../domain/invoice.js';
import type { Keys } from '../keys.js';
import { parseStored } from './json.js';

export class InvoiceStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async get(id: string): Promise<Invoice | null> {
    return parseStored(InvoiceSchema, await this.redis.get(this.keys.invoice(id)));
  }

  async getMany(ids: string[]): Promise<Invoice[]> {
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(...ids.map((id) => this.keys.invoice(id)));
    return raws.map((r) => parseStored(InvoiceSchema, r)).filter((x): x is Invoice => x !== null);
  }

  async forCustomer(customerId: string): Promise<Invoice[]> {
    const ids = await this.redis.smembers(this.keys.customerInvoices(customerId));
    return (await this.getMany(ids.sort())).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  }

  async allIds(): Promise<string[]> {
    return this.redis.smembers(this.keys.invoices());
  }

  addSave(multi: ReturnType<RedisClient['multi']>, invoice: Invoice): void {
    multi.set(this.keys.invoice(invoice.id), JSON.stringify(invoice));
    multi.sadd(this.keys.customerInvoices(invoice.customerId), invoice.id);
    multi.sadd(this.keys.invoices(), invoice.id);
  }
}
