import { Redis, type RedisOptions } from 'ioredis';
import { ConfigError } from '../errors.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Shows a Redis URL without its password. */
export function safeUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/**
 * One way to open a connection for the whole process. BullMQ workers need
 * maxRetriesPerRequest: null; every other client gets the same so a blip in Redis waits instead of failing.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Keep retrying while Redis is away; the health check reports "degraded" meanwhile.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
  // Errors are surfaced through health checks and the logged reconnects; an unhandled 'error' event would crash.
  client.on('error', () => undefined);
  return client;
}

/** Connects once with a short timeout, without retries; resolves to an error message or null. */
export async function probeRedis(url: string, timeoutMs = 1500): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let lastError: Error | undefined;
  client.on('error', (err: Error) => (lastError = err));
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (err) {
    // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than "Connection is closed".
    return (lastError ?? (err as Error)).message || String(err);
  } finally {
    client.disconnect();
  }
}

/** Reads maxmemory-policy; managed Redis may forbid CONFIG, so INFO memory is the fallback. */
export async function maxmemoryPolicy(client: Redis): Promise<string | undefined> {
  try {
    const res = (await client.config('GET', 'maxmemory-policy')) as string[];
    if (res[1]) return res[1];
  } catch {
    // fall through to INFO
  }
  const info = await client.info('memory');
  return /maxmemory_policy:(\S+)/.exec(info)?.[1];
}

/** BullMQ loses jobs when Redis evicts keys: refuse anything but noeviction and say how to fix it. */
export async function assertNoEviction(client: Redis, url: string): Promise<void> {
  const policy = await maxmemoryPolicy(client);
  if (policy && policy !== 'noeviction') {
    throw new ConfigError(
      'REDIS_URL',
      `Redis at ${safeUrl(url)} has maxmemory-policy ${policy}, which can evict queued reminders; ` +
        `set it to noeviction (redis-cli -u <url> CONFIG SET maxmemory-policy noeviction, and maxmemory-policy noeviction in redis.conf)`,
    );
  }
}
