import type { RedisClient } from '../redis/connect.js';
import type { Keys } from './keys.js';
import { LuaScript } from '../redis/script.js';

/** Per platform: how many sends per window overall, and the least gap between two sends to one address. */
export interface RateRule {
  perWindow: number;
  windowMs: number;
  perAddressGapMs: number;
  /** No budget at all: the send never waits and Redis is not asked. */
  unlimited?: boolean;
}

export const PLATFORM_RATES: Record<string, RateRule> = {
  // Slack: about one message per second per channel; a generous workspace-wide budget.
  slack: { perWindow: 50, windowMs: 1000, perAddressGapMs: 1000 },
  // Puppets for WeCom are fragile under bursts.
  wecom: { perWindow: 5, windowMs: 1000, perAddressGapMs: 1000 },
  local: { perWindow: 100000, windowMs: 1000, perAddressGapMs: 0, unlimited: true },
};

// Fixed window counter plus per-address spacing, in one script so processes share the budget.
const TAKE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then ttl = tonumber(ARGV[2]) end
  return ttl
end
if tonumber(ARGV[3]) > 0 then
  local ok = redis.call('SET', KEYS[2], '1', 'PX', ARGV[3], 'NX')
  if not ok then
    redis.call('DECR', KEYS[1])
    local ttl = redis.call('PTTL', KEYS[2])
    if ttl < 0 then ttl = tonumber(ARGV[3]) end
    return ttl
  end
end
return 0
`;

const TAKE_SCRIPT = new LuaScript(TAKE);

/** Returns 0 when a send may go now, else the milliseconds to wait. */
export async function takeSendSlot(redis: RedisClient, keys: Keys, platform: string, address: string, nowMs: number): Promise<number> {
  const rule = PLATFORM_RATES[platform] ?? PLATFORM_RATES.local!;
  if (rule.unlimited) return 0;
  const windowKey = keys.rate(`${platform}-${Math.floor(nowMs / rule.windowMs)}`);
  const addressKey = keys.rate(`${platform}-addr-${address}`);
  return Number(await TAKE_SCRIPT.run(redis, 2, windowKey, addressKey, rule.perWindow, rule.windowMs, rule.perAddressGapMs));
}
