import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/connect.js';
import type { AuditEntry } from '../../domain/audit.js';
import type { Keys } from '../keys.js';
import { LuaScript } from '../../redis/script.js';

/**
 * The evidence trail: Redis Streams, one per customer and one global, append-only. Each entry gets a
 * per-customer sequence number in the same script, so a gap would show. The customer's stream is
 * never trimmed, so its length is the last number given: no counter key per customer.
 */
// The global stream is the time-ordered index (customer, seq, kind); the full entry lives once, in the customer's stream.
const APPEND = `
local seq = redis.call('XLEN', KEYS[1]) + 1
redis.call('XADD', KEYS[1], '*', 'seq', seq, 'e', ARGV[1])
redis.call('XADD', KEYS[2], '*', 'c', ARGV[2], 'seq', seq, 'k', ARGV[3])
return seq
`;

// The same append, only if the guard key (KEYS[3]) is new (SET NX): two runs of one job record one line.
// KEYS[4], when given, is a claim deleted if it still holds ARGV[6] (the caller's in-flight marker).
const APPEND_ONCE = `
if KEYS[4] and redis.call('GET', KEYS[4]) == ARGV[6] then redis.call('DEL', KEYS[4]) end
if not redis.call('SET', KEYS[3], ARGV[3], 'EX', ARGV[4], 'NX') then return 0 end
local seq = redis.call('XLEN', KEYS[1]) + 1
redis.call('XADD', KEYS[1], '*', 'seq', seq, 'e', ARGV[1])
redis.call('XADD', KEYS[2], '*', 'c', ARGV[2], 'seq', seq, 'k', ARGV[5])
return seq
`;

// Entries of any number of customers in one call (inside a transaction, where EVALSHA can't be used, the
// script text goes once, not once per customer). KEYS: the global stream, then one stream per customer.
// ARGV: per customer, in KEYS order: its id, its entry count, then (entry JSON, kind) pairs; each
// customer's entries get consecutive sequence numbers in order.
const APPEND_MANY = `
local a = 1
for k = 2, #KEYS do
  local customer = ARGV[a]
  local n = tonumber(ARGV[a + 1])
  a = a + 2
  local seq = redis.call('XLEN', KEYS[k])
  for _ = 1, n do
    seq = seq + 1
    redis.call('XADD', KEYS[k], '*', 'seq', seq, 'e', ARGV[a])
    redis.call('XADD', KEYS[1], '*', 'c', customer, 'seq', seq, 'k', ARGV[a + 1])
    a = a + 2
  end
end
return 1
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

  async append(entry: AuditEntry): Promise<number> {
    const customerId = entry.customerId ?? 'system';
    return Number(await APPEND_SCRIPT.run(this.redis, 2, this.keys.auditCustomer(customerId), this.keys.auditGlobal(), JSON.stringify(entry), customerId, entry.kind));
  }

  /**
   * Sets `guardKey` (with a TTL) and appends the entry, atomically, unless the guard exists already;
   * resolves to false then. The outbox ledger uses it so a send done twice is recorded once; its
   * in-flight claim (`release`) is given back in the same call.
   */
  async appendOnce(guardKey: string, guardValue: string, ttlSeconds: number, entry: AuditEntry, release?: { key: string; token: string }): Promise<boolean> {
    const customerId = entry.customerId ?? 'system';
    const keys = [this.keys.auditCustomer(customerId), this.keys.auditGlobal(), guardKey, ...(release ? [release.key] : [])];
    const seq = await APPEND_ONCE_SCRIPT.run(this.redis, keys.length, ...keys, JSON.stringify(entry), customerId, guardValue, ttlSeconds, entry.kind, release?.token ?? '');
    return Number(seq) > 0;
  }

  async appendMany(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const pipe = this.redis.pipeline();
    this.addAppend(pipe, entries);
    await pipe.exec();
  }

  /**
   * Adds the appends to a transaction, so evidence is written together with the state it explains (or
   * not at all): one script call for all of them, each customer's entries kept in order.
   */
  addAppend(multi: ChainableCommander, entries: AuditEntry[]): void {
    if (entries.length === 0) return;
    const byCustomer = new Map<string, AuditEntry[]>();
    for (const e of entries) {
      const id = e.customerId ?? 'system';
      const list = byCustomer.get(id);
      if (list) list.push(e);
      else byCustomer.set(id, [e]);
    }
    const keys = [this.keys.auditGlobal()];
    const argv: string[] = [];
    for (const [customerId, list] of byCustomer) {
      keys.push(this.keys.auditCustomer(customerId));
      argv.push(customerId, String(list.length));
      for (const e of list) argv.push(JSON.stringify(e), e.kind);
    }
    multi.eval(APPEND_MANY, keys.length, ...keys, ...argv);
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
