import type { RedisClient } from '../../redis/connect.js';
import { CaseSchema, type Case } from '../../domain/case.js';
import type { Keys } from '../keys.js';
import { parseStored } from './json.js';

export class CaseStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async get(customerId: string): Promise<Case | null> {
    return parseStored(CaseSchema, await this.redis.get(this.keys.case(customerId)));
  }

  async getMany(customerIds: string[]): Promise<Map<string, Case>> {
    const out = new Map<string, Case>();
    if (customerIds.length === 0) return out;
    const raws = await this.redis.mget(...customerIds.map((id) => this.keys.case(id)));
    raws.forEach((raw, i) => {
      const c = parseStored(CaseSchema, raw);
      if (c) out.set(customerIds[i]!, c);
    });
    return out;
  }

  addSave(multi: ReturnType<RedisClient['multi']>, c: Case): void {
    multi.set(this.keys.case(c.customerId), JSON.stringify(c));
  }
}
