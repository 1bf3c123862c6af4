import type { RedisClient } from '../../redis/connect.js';
import { CaseSchema, type Case } from '../../domain/case.js';
import type { Keys } from '../keys.js';
import { compactJson, parseStored } from './json.js';

/** CaseSchema's defaults: a new case holds mostly these, and they need not be stored. */
export const CASE_DEFAULTS: Readonly<Record<string, unknown>> = {
  anchorDate: null,
  pausedUntil: null,
  pauseReason: null,
  humanContactUntil: null,
  promises: [],
  proposal: null,
  payments: [],
  pendingNotices: [],
  escalations: [],
  remindersSent: 0,
  unansweredReminders: 0,
  vagueReplies: 0,
  confusedReplies: 0,
  escalationLevel: 0,
  sendHistory: [],
  seenEvents: [],
  nextAction: null,
};

export class CaseStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async get(customerId: string): Promise<Case | null> {
    return parseStored(CaseSchema, await this.redis.get(this.keys.case(customerId)), CASE_DEFAULTS);
  }

  async getMany(customerIds: string[]): Promise<Map<string, Case>> {
    const out = new Map<string, Case>();
    if (customerIds.length === 0) return out;
    const raws = await this.redis.mget(...customerIds.map((id) => this.keys.case(id)));
    raws.forEach((raw, i) => {
      const c = parseStored(CaseSchema, raw, CASE_DEFAULTS);
      if (c) out.set(customerIds[i]!, c);
    });
    return out;
  }

  addSave(multi: ReturnType<RedisClient['multi']>, c: Case): void {
    multi.set(this.keys.case(c.customerId), compactJson(c, CASE_DEFAULTS));
  }
}
