import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config/index.js';
import { createLogger } from '../logger.js';
import { assertNoEviction, createRedis, resolveRedis, safeUrl, type PrivateRedis } from '../redis/index.js';
import { healthHandler } from '../api/health.js';
import { createQueues, closeQueues, type Queues } from '../runtime/queues.js';
import { Keys } from '../runtime/keys.js';
import { closeServer, createHttpApp, listen } from './http.js';

export type Role = 'web' | 'worker' | 'all';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  role?: Role;
  logger?: Logger;
}

export interface Running {
  config: Config;
  port: number;
  redisUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts duebot: validates the configuration, finds Redis (or starts a private one), refuses a Redis
 * that evicts, then serves HTTP and runs the workers for the role. `stop` closes everything in order.
 */
export async function startDuebot(opts: StartOptions = {}): Promise<Running> {
  const config = loadConfig(opts.env ?? process.env);
  const log = opts.logger ?? createLogger({ level: config.LOG_LEVEL });
  const role = opts.role ?? 'all';

  const resolved = await resolveRedis(config.REDIS_URL);
  const privateRedis: PrivateRedis | undefined = resolved.private;
  if (privateRedis) log.info({ url: resolved.url }, 'no Redis at the default address: started a private redis-server for this run');

  const redis = createRedis(resolved.url);
  try {
    await redis.ping();
    await assertNoEviction(redis, resolved.url);
  } catch (err) {
    redis.disconnect();
    await privateRedis?.stop();
    throw err;
  }

  const keys = new Keys(config.DUEBOT_PREFIX);
  let queues: Queues | undefined = createQueues(redis, keys);

  let server: Server | undefined;
  if (role !== 'worker') {
    const app = createHttpApp();
    app.get('/healthz', healthHandler(redis, () => queues));
    server = await listen(app, config.PORT);
  }
  const address = server?.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port, role, redis: safeUrl(resolved.url), adapters: config.DUEBOT_ADAPTERS }, 'duebot started');

  let stopping: Promise<void> | undefined;
  return {
    config,
    port,
    redisUrl: resolved.url,
    stop: () =>
      (stopping ??= (async () => {
        log.info('duebot stopping: no new work, finishing what is in flight');
        if (server) await closeServer(server);
        if (queues) await closeQueues(queues);
        queues = undefined;
        await redis.quit().catch(() => redis.disconnect());
        await privateRedis?.stop();
        log.info('duebot stopped');
      })()),
  };
}
