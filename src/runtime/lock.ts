import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis/connect.js';
import { LuaScript } from '../redis/script.js';

export const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const RELEASE = new LuaScript(RELEASE_LOCK);

/** One case is decided by one process at a time: SET NX PX with a token, released only by its owner. */
export class CaseLock {
  constructor(
    private readonly redis: RedisClient,
    private readonly key: (customerId: string) => string,
    private readonly ttlMs = 30000,
  ) {}

  async tryAcquire(customerId: string): Promise<string | null> {
    const token = randomUUID();
    const ok = await this.redis.set(this.key(customerId), token, 'PX', this.ttlMs, 'NX');
    return ok === 'OK' ? token : null;
  }

  /** Waits for the lock up to `waitMs` (for staff actions that expect an answer). */
  async acquire(customerId: string, waitMs = 10000): Promise<string> {
    const deadline = Date.now() + waitMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      const token = await this.tryAcquire(customerId);
      if (token) return token;
      if (Date.now() > deadline) throw new Error(`case ${customerId} is busy; try again`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  async release(customerId: string, token: string): Promise<void> {
    await RELEASE.run(this.redis, 1, this.key(customerId), token);
  }
}
