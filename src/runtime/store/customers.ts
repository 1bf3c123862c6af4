import type { RedisClient } from '../../redis/connect.js';
import { CustomerSchema, type Customer, type Contact } from '../../domain/customer.js';
import type { Keys } from '../keys.js';
import { parseStored } from './json.js';

/** A contact's role defaults to finance (ContactSchema): most imported contacts need not store it. */
export function customerJson(customer: Customer): string {
  if (!customer.contacts.some((c) => c.role === 'finance')) return JSON.stringify(customer);
  return JSON.stringify({ ...customer, contacts: customer.contacts.map(({ role, ...rest }) => (role === 'finance' ? rest : { ...rest, role })) });
}

/** Customers and the contact index (platform + address → customer) that routes inbound messages. */
export class CustomerStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async get(id: string): Promise<Customer | null> {
    return parseStored(CustomerSchema, await this.redis.get(this.keys.customer(id)));
  }

  async getMany(ids: string[]): Promise<Map<string, Customer>> {
    const out = new Map<string, Customer>();
    if (ids.length === 0) return out;
    const raws = await this.redis.mget(...ids.map((id) => this.keys.customer(id)));
    raws.forEach((raw, i) => {
      const c = parseStored(CustomerSchema, raw);
      if (c) out.set(ids[i]!, c);
    });
    return out;
  }

  async ids(): Promise<string[]> {
    return (await this.redis.smembers(this.keys.customers())).sort();
  }

  async findByContact(platform: string, address: string): Promise<string | null> {
    return this.redis.get(this.keys.contact(platform, address));
  }

  /** Writes the customer and (re)indexes its contacts in one transaction; contacts it no longer has are unlinked. */
  async save(customer: Customer, previous?: Customer | null): Promise<void> {
    const multi = this.redis.multi();
    for (const c of previous?.contacts ?? []) {
      if (!customer.contacts.some((n) => n.platform === c.platform && n.address === c.address)) multi.del(this.keys.contact(c.platform, c.address));
    }
    this.addSave(multi, customer);
    await multi.exec();
  }

  /** Adds the writes for one customer to a pipeline or transaction (used by import in bulk). */
  addSave(multi: ReturnType<RedisClient['multi']>, customer: Customer): void {
    this.addSaveMany(multi, [customer]);
  }

  /** The writes of many customers as one MSET (customers and contact index) and one SADD. */
  addSaveMany(multi: ReturnType<RedisClient['multi']>, customers: Customer[]): void {
    if (customers.length === 0) return;
    const pairs: string[] = [];
    for (const customer of customers) {
      pairs.push(this.keys.customer(customer.id), customerJson(customer));
      for (const c of customer.contacts) pairs.push(this.keys.contact(c.platform, c.address), customer.id);
    }
    multi.mset(...pairs);
    multi.sadd(this.keys.customers(), ...customers.map((c) => c.id));
  }

  async link(customerId: string, contact: Contact): Promise<Customer | null> {
    const customer = await this.get(customerId);
    if (!customer) return null;
    const others = customer.contacts.filter((c) => !(c.platform === contact.platform && c.address === contact.address));
    const updated = { ...customer, contacts: [contact, ...others] };
    await this.save(updated, customer);
    return updated;
  }
}
