import type { ChainableCommander } from 'ioredis';

/**
 * One command for many keys' small writes, added to a transaction. An import batch touches hundreds
 * of customers' sets and lists: a command per key costs more on the client than the writes
 * themselves. (Inside MULTI the script text goes with the call; it is short.)
 */

// KEYS: sets. ARGV, per key in order: how many members, then the members (unpacked a thousand at a
// time: Lua's stack would not take a customer with ten thousand invoices at once).
const SADD_MANY = `
local a = 1
for k = 1, #KEYS do
  local last = a + tonumber(ARGV[a])
  for i = a + 1, last, 1000 do
    redis.call('SADD', KEYS[k], unpack(ARGV, i, math.min(i + 999, last)))
  end
  a = last + 1
end
return 1
`;

// KEYS: lists. ARGV: one value per key, pushed at its tail.
const RPUSH_EACH = `
for k = 1, #KEYS do redis.call('RPUSH', KEYS[k], ARGV[k]) end
return 1
`;

/** SADD of each key's members; keys without members are skipped. */
export function addSaddMany(multi: ChainableCommander, sets: Array<[key: string, members: string[]]>): void {
  const keys: string[] = [];
  const argv: Array<string | number> = [];
  for (const [key, members] of sets) {
    if (members.length === 0) continue;
    keys.push(key);
    argv.push(members.length, ...members);
  }
  if (keys.length === 1) multi.sadd(keys[0]!, ...(argv.slice(1) as string[]));
  else if (keys.length) multi.eval(SADD_MANY, keys.length, ...keys, ...argv);
}

/** RPUSH of one value onto each list. */
export function addRpushEach(multi: ChainableCommander, items: Array<[key: string, value: string]>): void {
  if (items.length === 1) multi.rpush(items[0]![0], items[0]![1]);
  else if (items.length) multi.eval(RPUSH_EACH, items.length, ...items.map(([k]) => k), ...items.map(([, v]) => v));
}
