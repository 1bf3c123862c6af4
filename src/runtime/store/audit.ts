import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/connect.js';
import type { AuditEntry } from '../../domain/audit.js';
import type { Keys } from '../keys.js';
import { LuaScript } from '../../redis/script.js';

/**
 * The evidence trail: RedisClient Streams, one per customer and one global, append-only. Each entry gets a
 * per-customer sequence number in the same script, so a gap would show.
 */
// The global stream is the time-ordered index (customer, seq, kind); the full entry lives once, in the customer's stream.
const APPEND = `
local seq = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[1], '*', 'seq', seq, 'e', ARGV[1])
redis.call('XADD', KEYS[2], '*', 'c', ARGV[2], 'seq', seq, 'k', ARGV[3])
return seq
`;

// The same append, only if the guard key is new (SET NX): two runs of one job record one line.
const APPEND_ONCE = `
if not redis.call('SET', KEYS[4], ARGV[3], 'EX', ARGV[4], 'NX') then return 0 end
local seq = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[1], '*', 'seq', seq, 'e', ARGV[1])
redis.call('XADD', KEYS[2], '*', 'c', ARGV[2], 'seq', seq, 'k', ARGV[5])
return seq
`;

// Several entries of one customer in one call (inside a transaction, where EVALSHA can't be used, the script text goes once, not once per entry).
// ARGV: customer id, then (entry JSON, kind) pairs; the entries get consecutive sequence numbers in order.
const APPEND_MANY = `
local seq = 0
for i = 2, #ARGV, 2 do
  seq = redis.call('INCR', KEYS[3])
  redis.call('XADD', KEYS[1], '*', 'seq', seq, 'e', ARGV[i])
  redis.call('XADD', KEYS[2], '*', 'c', ARGV[1], 'seq', seq, 'k', ARGV[i + 1])
end
return seq
`;

const APPEND_SCRIPT = new LuaScript(APPEND);
const APPEND_ONCE_SCRIPT = new LuaScript(APPEND_ONCE);

export interface StoredAuditEntry extends AuditEntry {
  seq: number;
  streamId: string;
}

export class AuditLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  private seqKey(customerId: string) {
    return this.keys.k('audit-seq', customerId);
  }

  async append(entry: AuditEntry): Promise<number> {
    const customerId = entry.customerId ?? 'system';
    return Number(await APPEND_SCRIPT.run(this.redis, 3, this.keys.auditCustomer(customerId), this.keys.auditGlobal(), this.seqKey(customerId), JSON.stringify(entry), customerId, entry.kind));
  }

  /**
   * Sets `guardKey` (with a TTL) and appends the entry, atomically, unless the guard exists already;
   * resolves to false then. The outbox ledger uses it so a send done twice is recorded once.
   */
  async appendOnce(guardKey: string, guardValue: string, ttlSeconds: number, entry: AuditEntry): Promise<boolean> {
    const customerId = entry.customerId ?? 'system';
    const seq = await APPEND_ONCE_SCRIPT.run(this.redis, 4, this.keys.auditCustomer(customerId), this.keys.auditGlobal(), this.seqKey(customerId), guardKey, JSON.stringify(entry), customerId, guardValue, ttlSeconds, entry.kind);
    return Number(seq) > 0;
  }

  async appendMany(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const pipe = this.redis.pipeline();
    this.addAppend(pipe, entries);
    await pipe.exec();
  }

  /** Adds the appends to a transaction, so evidence is written together with the state it explains (or not at all). */
  addAppend(multi: ChainableCommander, entries: AuditEntry[]): void {
    // Consecutive entries of one customer go in one script call, in order.
    for (let i = 0; i < entries.length; ) {
      const customerId = entries[i]!.customerId ?? 'system';
      const argv: string[] = [customerId];
      for (; i < entries.length && (entries[i]!.customerId ?? 'system') === customerId; i++) argv.push(JSON.stringify(entries[i]), entries[i]!.kind);
      multi.eval(APPEND_MANY, 3, this.keys.auditCustomer(customerId), this.keys.auditGlobal(), this.seqKey(customerId), ...argv);
    }
  }

  /** The whole history of one customer, oldest first (for evidence export), or the latest `count`. */
  async forCustomer(customerId: string, opts: { count?: number; latest?: boolean } = {}): Promise<StoredAuditEntry[]> {
    const key = this.keys.auditCustomer(customerId);
    const rows = opts.latest
      ? (await this.redis.xrevrange(key, '+', '-', 'COUNT', opts.count ?? 50)).reverse()
      : opts.count
        ? await this.redis.xrange(key, '-', '+', 'COUNT', opts.count)
        : await this.redis.xrange(key, '-', '+');
    return rows.map(([streamId, fields]) => {
      const f = Object.fromEntries(pairs(fields));
      return { ...(JSON.parse(f.e ?? '{}') as AuditEntry), seq: Number(f.seq), streamId };
    });
  }

  async *streamCustomer(customerId: string, batch = 1000): AsyncGenerator<StoredAuditEntry> {
    let start = '-';
    const key = this.keys.auditCustomer(customerId);
    for (;;) {
      const rows = await this.redis.xrange(key, start, '+', 'COUNT', batch);
      for (const [streamId, fields] of rows) {
        const f = Object.fromEntries(pairs(fields));
        yield { ...(JSON.parse(f.e ?? '{}') as AuditEntry), seq: Number(f.seq), streamId };
      }
      if (rows.length < batch) return;
      start = `(${rows[rows.length - 1]![0]}`;
    }
  }
}

function pairs(fields: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push([fields[i]!, fields[i + 1]!]);
  return out;
}
