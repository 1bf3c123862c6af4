import type { RedisClient } from '../../redis/connect.js';
import type { Keys } from '../keys.js';

/** Escalations live in their case; this index finds the case of an alert and what staff still have to see. */
export class EscalationIndex {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  addIndex(multi: ReturnType<RedisClient['multi']>, escalationId: string, customerId: string, open: boolean, raisedAtMs: number): void {
    multi.hset(this.keys.escalations(), escalationId, customerId);
    if (open) multi.zadd(this.keys.openEscalations(), raisedAtMs, escalationId);
    else multi.zrem(this.keys.openEscalations(), escalationId);
  }

  async customerOf(escalationId: string): Promise<string | null> {
    return this.redis.hget(this.keys.escalations(), escalationId);
  }

  async recent(limit = 100): Promise<Array<{ escalationId: string; customerId: string }>> {
    const ids = await this.redis.hkeys(this.keys.escalations());
    const owners = ids.length ? await this.redis.hmget(this.keys.escalations(), ...ids) : [];
    return ids.map((id, i) => ({ escalationId: id, customerId: owners[i] ?? '' })).slice(-limit);
  }

  async setRef(escalationId: string, sink: string, ref: string): Promise<void> {
    await this.redis.hset(this.keys.k('alert-ref', escalationId), sink, ref);
  }

  async getRef(escalationId: string, sink: string): Promise<string | null> {
    return this.redis.hget(this.keys.k('alert-ref', escalationId), sink);
  }
}
