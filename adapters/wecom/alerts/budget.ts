import type { RedisClient } from '../../../src/redis/connect.js';
import { randomUUID } from 'node:crypto';

export interface BudgetKeys {
  /** Sorted set of recent sends (the sliding window), shared by every process using this robot. */
  window: string;
  /** Hash of items waiting for the next message: id → JSON. */
  pending: string;
  /** Sorted set of items being sent: id → lease expiry (ms). */
  sending: string;
  /** Sorted set of items delivered: id → when (ms); retries of a delivered item stop here. */
  sent: string;
}

export interface BudgetOptions {
  /** Messages per window: WeCom allows 20 a minute per robot. */
  limit: number;
  windowMs: number;
  /** How long a claimed item stays with its sender before another attempt may send it again. */
  leaseMs: number;
  /** How long a delivered item is remembered. */
  keepMs: number;
}

export type Offer =
  | { state: 'sent' }
  | { state: 'sending'; waitMs: number }
  | { state: 'wait'; waitMs: number }
  | { state: 'claimed'; items: Array<{ id: string; payload: string }> };

/*
 * One atomic step, timed by Redis's own clock so that every process agrees: remember the item, and if
 * the window has room, take one send and claim everything waiting (this item and any merged with it).
 */
const OFFER = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id, limit, window = ARGV[1], tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[7]))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[7]))
if redis.call('ZSCORE', KEYS[4], id) then return {'sent'} end
local lease = redis.call('ZSCORE', KEYS[3], id)
if lease and tonumber(lease) > now then return {'sending', tostring(tonumber(lease) - now)} end
redis.call('ZREM', KEYS[3], id)
redis.call('HSETNX', KEYS[2], id, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {'wait', tostring(math.max(1, tonumber(oldest[2]) + window - now))}
end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window)
local all = redis.call('HGETALL', KEYS[2])
redis.call('DEL', KEYS[2])
local out = {'claimed'}
for i = 1, #all, 2 do
  redis.call('ZADD', KEYS[3], now + tonumber(ARGV[6]), all[i])
  out[#out + 1] = all[i]
  out[#out + 1] = all[i + 1]
end
return out
`;

const SETTLE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[2])
for i = 3, n + 2 do
  redis.call('ZREM', KEYS[3], ARGV[i])
  redis.call('ZADD', KEYS[4], now, ARGV[i])
end
for i = n + 3, #ARGV, 2 do
  redis.call('ZREM', KEYS[3], ARGV[i])
  redis.call('HSETNX', KEYS[2], ARGV[i], ARGV[i + 1])
end
if n > 0 then redis.call('PEXPIRE', KEYS[4], ARGV[1]) end
return 1
`;

/**
 * A robot's send budget kept in Redis: a sliding window of sends plus the items waiting for the next
 * one. When a burst spends the window, items wait and go out merged in one message once it reopens.
 */
export class WebhookBudget {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BudgetKeys,
    private readonly opts: BudgetOptions,
  ) {}

  private get keyList(): string[] {
    return [this.keys.window, this.keys.pending, this.keys.sending, this.keys.sent];
  }

  async offer(id: string, payload: string): Promise<Offer> {
    const o = this.opts;
    const res = (await this.redis.eval(OFFER, 4, ...this.keyList, id, payload, o.limit, o.windowMs, randomUUID(), o.leaseMs, o.keepMs)) as string[];
    const [state, ...rest] = res;
    if (state === 'sent') return { state };
    if (state === 'sending' || state === 'wait') return { state, waitMs: Number(rest[0]) };
    const items: Array<{ id: string; payload: string }> = [];
    for (let i = 0; i < rest.length; i += 2) items.push({ id: rest[i]!, payload: rest[i + 1]! });
    return { state: 'claimed', items };
  }

  /** After a send: `delivered` are remembered as sent, `returned` wait again for the next message. */
  async settle(delivered: string[], returned: Array<{ id: string; payload: string }>): Promise<void> {
    await this.redis.eval(SETTLE, 4, ...this.keyList, this.opts.keepMs, delivered.length, ...delivered, ...returned.flatMap((r) => [r.id, r.payload]));
  }
}
