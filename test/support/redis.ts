import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Keys } from '../../src/runtime/keys.js';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Each test file gets its own key prefix (and so its own BullMQ queues) on the real Redis;
 * `cleanup` deletes every key under that prefix and closes the connection.
 */
export interface TestRedis {
  url: string;
  prefix: string;
  keys: Keys;
  redis: Redis;
  /** Keys written under this file's prefix. */
  ownKeys(): Promise<string[]>;
  cleanup(): Promise<void>;
}

export function testPrefix(name: string): string {
  return `t-${name.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}-${randomBytes(4).toString('hex')}`;
}

/** Every key under a prefix's hash tag. */
export async function keysTagged(redis: Redis, keys: Keys): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${keys.tag}*`, 'COUNT', 1000);
    cursor = next;
    found.push(...batch);
  } while (cursor !== '0');
  return found;
}

export async function testRedis(name: string): Promise<TestRedis> {
  const prefix = testPrefix(name);
  const keys = new Keys(prefix);
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const ownKeys = () => keysTagged(redis, keys);
  return {
    url: TEST_REDIS_URL,
    prefix,
    keys,
    redis,
    ownKeys,
    async cleanup() {
      const all = await ownKeys();
      for (let i = 0; i < all.length; i += 500) await redis.del(...all.slice(i, i + 500));
      await redis.quit();
    },
  };
}
