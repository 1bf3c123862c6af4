import { LuaScript } from '../../redis/script.js';
import type { Store } from '../store/index.js';
import { lastInboundKey, timersKey } from './dispatch.js';

/** The Lua that reads and claims cases in one round trip each, for the processor and the inbound worker. */

/**
 * Lua that reads what a decision needs (KEYS 1–6: pending effects, customer, customer's invoice set,
 * case, last inbound address, timer index; ARGV[1]: the invoice key prefix) as one array: pending,
 * customer, invoice ids, the invoices (MGET in that order, false for a missing one), case, the last
 * inbound address (HGETALL) and the timers (ZRANGE WITHSCORES). The invoice keys share the
 * installation's hash tag, so on a cluster they are on the same slot as the declared keys.
 */
export const LOAD_CASE_LUA = `
local function load_case()
  local ids = redis.call('SMEMBERS', KEYS[3])
  local invoices = {}
  for i = 1, #ids, 500 do
    local chunk = {}
    for j = i, math.min(i + 499, #ids) do chunk[#chunk + 1] = ARGV[1] .. ids[j] end
    local got = redis.call('MGET', unpack(chunk))
    for j = 1, #got do invoices[#invoices + 1] = got[j] end
  end
  return { redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), ids, invoices, redis.call('GET', KEYS[4]),
    redis.call('HGETALL', KEYS[5]), redis.call('ZRANGE', KEYS[6], 0, -1, 'WITHSCORES') }
end
`;

export const LOAD_CASE = new LuaScript(`${LOAD_CASE_LUA}\nreturn load_case()`);

/** What LOAD_CASE_LUA returns, as Redis hands it back. */
export type RawCaseSnapshot = [string | null, string | null, string[], Array<string | null>, string | null, string[], string[]];

/** The keys LOAD_CASE_LUA reads, in its order. */
export function caseSnapshotKeys(store: Store, customerId: string): string[] {
  const keys = store.keys;
  return [keys.pendingEffects(customerId), keys.customer(customerId), keys.customerInvoices(customerId), keys.case(customerId), lastInboundKey(store, customerId), timersKey(store, customerId)];
}

/**
 * Claims an import batch's customers in one call (KEYS: per customer lock, mailbox, pending effects,
 * case, timer index; ARGV: token, lock TTL, then per customer the SHA-1 of the mailbox item it must
 * hold alone: the items themselves went out with the import's writes, no need to send them twice).
 * Per customer: 0 when it is not the plain case (the lock is left or given back), else the case and
 * the timer index (ZRANGE WITHSCORES), with the lock held.
 */
export const CLAIM_BATCH = new LuaScript(`
local out = {}
local n = #KEYS / 5
for i = 1, n do
  local k = (i - 1) * 5
  if redis.call('SET', KEYS[k + 1], ARGV[1], 'PX', ARGV[2], 'NX') then
    if redis.call('LLEN', KEYS[k + 2]) == 1 and redis.sha1hex(redis.call('LINDEX', KEYS[k + 2], 0)) == ARGV[i + 2] and redis.call('EXISTS', KEYS[k + 3]) == 0 then
      out[i] = { redis.call('GET', KEYS[k + 4]), redis.call('ZRANGE', KEYS[k + 5], 0, -1, 'WITHSCORES') }
    else
      redis.call('DEL', KEYS[k + 1])
      out[i] = 0
    end
  else
    out[i] = 0
  end
end
return out
`);

/** After a batch's effects are out (KEYS: per customer pending effects, mailbox, lock; ARGV: token): clears, pops, releases. */
export const FINISH_BATCH = new LuaScript(`
for k = 1, #KEYS, 3 do
  redis.call('DEL', KEYS[k])
  redis.call('LPOP', KEYS[k + 1])
  if redis.call('GET', KEYS[k + 2]) == ARGV[1] then redis.call('DEL', KEYS[k + 2]) end
end
return 1
`);

/** Gives back the batch's locks (KEYS: locks; ARGV: token), each only if still ours. */
export const RELEASE_LOCKS = new LuaScript(`
for k = 1, #KEYS do
  if redis.call('GET', KEYS[k]) == ARGV[1] then redis.call('DEL', KEYS[k]) end
end
return 1
`);

