import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config/index.js';
import { createLogger } from '../logger.js';
import { openCheckedRedis, resolveRedis, safeUrl, type PrivateRedis, type RedisClient } from '../redis/index.js';
import { healthHandler } from '../api/health.js';
import { Keys } from '../runtime/keys.js';
import { Runtime } from '../runtime/runtime.js';
import { Lease } from '../runtime/lease.js';
import { resolveClock } from '../runtime/sim-clock.js';
import { decide, loadPlaybook } from '../engine/index.js';
import { understand } from '../understand/index.js';
import type { AdapterBundle, AdapterContext } from '../runtime/ports.js';
import type { WecomAdapterOptions } from '../../adapters/wecom/index.js';
import { createLocalAdapter } from '../../adapters/local/index.js';
import { closeServer, createHttpApp, listen } from './http.js';
import { resolvePlaybookPath } from './playbook-path.js';
import { mountWeb } from './web.js';

export type Role = 'web' | 'worker' | 'all';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  role?: Role;
  logger?: Logger;
  /**
   * Passed to the WeCom adapter when DUEBOT_ADAPTERS names it. Tests give a ready puppet here
   * (wechaty-puppet-mock) instead of the package WECHATY_PUPPET names; deployments leave it unset.
   */
  wecom?: WecomAdapterOptions;
}

export interface Running {
  config: Config;
  runtime: Runtime;
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

  const resolved = await resolveRedis(config.REDIS_URL, config.REDIS_CLUSTER_NODES);
  const privateRedis: PrivateRedis | undefined = resolved.private;
  if (privateRedis) log.info({ url: resolved.url }, 'no Redis at the default address: started a private redis-server for this run');

  let redis: RedisClient;
  try {
    redis = await openCheckedRedis(resolved.url);
  } catch (err) {
    await privateRedis?.stop();
    throw err;
  }

  const keys = new Keys(config.DUEBOT_PREFIX);
  let runtime: Runtime | undefined;
  let server: Server | undefined;
  const bundles: AdapterBundle[] = [];
  try {
    const playbook = loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK));
    const clock = await resolveClock(config, redis, keys);
    runtime = new Runtime({ config, redis, keys, clock, playbook, logger: log, decide, understand });
    const rt = runtime;
    const app = role !== 'worker' ? createHttpApp() : undefined;
    if (app) {
      app.get('/healthz', healthHandler(redis, () => rt.queues));
      app.get('/metrics', async (_req, res) => {
        res.type('text/plain; version=0.0.4').send(await rt.metrics.render());
      });
    }
    const ctx: AdapterContext = { config, services: rt.services, ...(app ? { http: app } : {}), redis, keys, logger: log, clock };
    const factories = await adapterFactories(config.DUEBOT_ADAPTERS, role, opts.wecom);
    for (const factory of factories) {
      const bundle = await factory(ctx);
      bundles.push(bundle);
      if (bundle.channel) rt.addChannel(bundle.channel);
      if (bundle.alertSink) rt.addSink(bundle.alertSink);
    }
    if (app) mountWeb(app, { config, runtime: rt, logger: log });
    if (role !== 'web') rt.startWorkers();
    if (app) server = await listen(app, config.PORT);
  } catch (err) {
    for (const b of bundles) await b.stop().catch(() => undefined);
    await runtime?.close().catch(() => undefined);
    redis.disconnect();
    await privateRedis?.stop();
    throw err;
  }
  const address = server?.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port, role, redis: safeUrl(resolved.url), adapters: config.DUEBOT_ADAPTERS }, 'duebot started');

  let stopping: Promise<void> | undefined;
  const running = runtime;
  return {
    config,
    runtime: running!,
    port,
    redisUrl: resolved.url,
    stop: () =>
      (stopping ??= (async () => {
        log.info('duebot stopping: no new work, finishing what is in flight');
        if (server) await closeServer(server);
        for (const b of bundles) await b.stop().catch((err: unknown) => log.warn({ err }, 'adapter stop failed'));
        await runtime?.close();
        await redis.quit().catch(() => redis.disconnect());
        await privateRedis?.stop();
        log.info('duebot stopped');
      })()),
  };
}

type AdapterFactory = (ctx: AdapterContext) => Promise<AdapterBundle>;

/** The adapters named in DUEBOT_ADAPTERS, loaded only when asked for (Slack and WeCom pull in large libraries). */
async function adapterFactories(names: string[], role: Role, wecom: WecomAdapterOptions = {}): Promise<AdapterFactory[]> {
  const out: AdapterFactory[] = [];
  for (const name of names) {
    if (name === 'local') out.push(createLocalAdapter);
    if (name === 'slack') {
      const { createSlackAdapter } = await import('../../adapters/slack/index.js');
      out.push(createSlackAdapter);
    }
    if (name === 'wecom') {
      const { createWecomAdapter } = await import('../../adapters/wecom/index.js');
      out.push(async (ctx) => {
        const bundle = await createWecomAdapter(ctx, wecom);
        const channel = bundle.channel;
        // The puppet holds one logged-in WeCom account: it runs in one serving process at a time, chosen by a lease.
        if (!channel || role === 'worker') return bundle;
        const lease = new Lease(ctx.redis, ctx.keys.lease('wecom-puppet'), {
          start: () => channel.start(async (msg) => void (await ctx.services.inbound(msg))),
          stop: () => channel.stop(),
        }, { logger: ctx.logger });
        lease.start();
        return { ...bundle, stop: () => lease.stop().then(() => bundle.stop()) };
      });
    }
  }
  return out;
}
