import type { RedisClient } from '../redis/connect.js';
import { loadConfig, type Config } from '../config/index.js';
import { ConfigError } from '../errors.js';
import { openCheckedRedis, resolveRedis, safeUrl } from '../redis/index.js';
import { Keys } from '../runtime/keys.js';
import { createQueues, closeQueues, type Queues } from '../runtime/queues.js';
import { Store } from '../runtime/store/index.js';
import { CaseProcessor } from '../runtime/process/processor.js';
import { resolveClock } from '../runtime/sim-clock.js';
import { decide, loadPlaybook } from '../engine/index.js';
import { resolvePlaybookPath } from '../app/playbook-path.js';
import { createLogger } from '../logger.js';
import { pino } from 'pino';

export interface RedisSession {
  config: Config;
  redis: RedisClient;
  store: Store;
  queues: Queues;
  /** Decides events here (an import plans its cases at once); the bot's workers do the sending. */
  processor: CaseProcessor;
  close(): Promise<void>;
}

/**
 * The store and queues of the installation the running bot uses (REDIS_URL, DUEBOT_PREFIX), without
 * workers: a one-shot command leaves the work to the bot's workers. A private redis-server is no use
 * here (its data would vanish with the command), so a missing Redis is an error.
 */
export async function openRedisSession(env: NodeJS.ProcessEnv = process.env): Promise<RedisSession> {
  const config = loadConfig(env);
  const resolved = await resolveRedis(config.REDIS_URL, config.REDIS_CLUSTER_NODES);
  if (resolved.private) {
    await resolved.private.stop();
    throw new ConfigError('REDIS_URL', 'no Redis answers at the default address: start the Redis duebot uses, or set REDIS_URL to it');
  }
  let redis: RedisClient;
  try {
    redis = await openCheckedRedis(resolved.url);
  } catch (err) {
    throw err instanceof ConfigError ? err : new ConfigError('REDIS_URL', `Redis at ${safeUrl(resolved.url)}: ${(err as Error).message}`);
  }
  const keys = new Keys(config.DUEBOT_PREFIX);
  const queues = createQueues(redis, keys);
  const store = new Store(redis, keys);
  let processor: CaseProcessor;
  try {
    const playbook = loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK));
    const clock = await resolveClock(config, redis, keys);
    processor = new CaseProcessor({ store, queues, playbook, clock, decide, logger: createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, destination: pino.destination(2) }) });
  } catch (err) {
    await closeQueues(queues);
    redis.disconnect();
    throw err;
  }
  return {
    config,
    redis,
    store,
    queues,
    processor,
    async close() {
      await closeQueues(queues);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
