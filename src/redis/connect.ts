import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { ConfigError } from '../errors.js';
import { describeTarget, parseRedisTarget, RedisTargetError, type RedisTarget } from './target.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** One node (or a Sentinel-managed master) is a Redis; a Redis Cluster is a Cluster. Both speak the same commands. */
export type RedisClient = Redis | Cluster;

/** Shows a Redis URL without its password. */
export function safeUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** The target a URL names; a malformed one is a ConfigError naming REDIS_URL. */
export function targetOf(url: string): RedisTarget {
  try {
    return parseRedisTarget(url)!;
  } catch (err) {
    if (err instanceof RedisTargetError) throw new ConfigError('REDIS_URL', `REDIS_URL is not valid: ${err.message}`);
    throw err;
  }
}

/**
 * One way to open a connection for the whole process. BullMQ workers need
 * maxRetriesPerRequest: null; every other client gets the same so a blip in Redis waits instead of failing.
 */
export function createRedis(url: string, extra: RedisOptions = {}): RedisClient {
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Keep retrying while Redis is away; the health check reports "degraded" meanwhile.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  };
  const client = open(targetOf(url), base);
  // Errors are surfaced through health checks and the logged reconnects; an unhandled 'error' event would crash.
  client.on('error', () => undefined);
  return client;
}

function open(target: RedisTarget, base: RedisOptions, clusterExtra: ClusterOptions = {}): RedisClient {
  if (target.kind === 'single') return new Redis(target.url, base);
  const auth: RedisOptions = {
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
  };
  if (target.kind === 'cluster') {
    const { retryStrategy, ...redisOptions } = base;
    return new Cluster(target.nodes, {
      redisOptions: { ...redisOptions, ...auth },
      enableReadyCheck: true,
      clusterRetryStrategy: retryStrategy ? (times) => retryStrategy(times) : undefined,
      // A failover moves slots: give the cluster time to elect a new master before a command fails.
      retryDelayOnFailover: 200,
      retryDelayOnClusterDown: 300,
      ...clusterExtra,
    });
  }
  return new Redis({
    ...base,
    ...auth,
    sentinels: target.sentinels,
    name: target.name,
    ...(target.db !== undefined ? { db: target.db } : {}),
    ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
    // A demoted master answers writes with READONLY: reconnect, which asks the Sentinels for the new one.
    reconnectOnError: (err) => /READONLY/.test(err.message) ? 2 : false,
  });
}

/** Connects once with a short timeout, without retries; resolves to an error message or null. */
export async function probeRedis(url: string, timeoutMs = 1500): Promise<string | null> {
  const target = targetOf(url);
  const client = open(
    target,
    { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, sentinelRetryStrategy: () => null },
    { lazyConnect: true, clusterRetryStrategy: () => null, enableOfflineQueue: false },
  );
  let lastError: Error | undefined;
  client.on('error', (err: Error) => (lastError = err));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      // A cluster or Sentinel group can keep a connect pending longer than one socket would.
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs * 2} ms`)), timeoutMs * 2))),
    ]);
    return null;
  } catch (err) {
    // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than "Connection is closed".
    const message = (lastError ?? (err as Error)).message || String(err);
    return target.kind === 'cluster' && /slots cache/.test(message) ? `no cluster node answered CLUSTER SLOTS (${message})` : message;
  } finally {
    clearTimeout(timer);
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

/** The nodes that hold data: every master of a cluster, else the one server the client talks to. */
export function dataNodes(client: RedisClient): Redis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

/** BullMQ loses jobs when Redis evicts keys: refuse anything but noeviction, on every master, and say how to fix it. */
export async function assertNoEviction(client: RedisClient, url: string): Promise<void> {
  for (const node of dataNodes(client)) {
    const policy = await maxmemoryPolicy(node);
    if (policy && policy !== 'noeviction') {
      const where = client instanceof Cluster ? `the cluster node ${node.options.host}:${node.options.port} of ${describeTarget(targetOf(url))}` : `Redis at ${describeTarget(targetOf(url))}`;
      throw new ConfigError(
        'REDIS_URL',
        `${where} has maxmemory-policy ${policy}, which can evict queued reminders; ` +
          `set it to noeviction (redis-cli -u <url> CONFIG SET maxmemory-policy noeviction, and maxmemory-policy noeviction in redis.conf)`,
      );
    }
  }
}

/** Opens the process's connection and checks it answers and will not evict; closes it again on failure. */
export async function openCheckedRedis(url: string): Promise<RedisClient> {
  const redis = createRedis(url);
  try {
    await redis.ping();
    await assertNoEviction(redis, url);
    return redis;
  } catch (err) {
    redis.disconnect();
    throw err;
  }
}
