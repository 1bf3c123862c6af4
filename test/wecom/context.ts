import { ConfigSchema } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { systemClock } from '../../src/clock.js';
import type { AdapterContext } from '../../src/runtime/ports.js';
import type { DuebotServices } from '../../src/runtime/services.js';
import type { TestRedis } from '../support/redis.js';

/** The context a WeCom adapter is built with, on this test file's Redis prefix. */
export function wecomContext(t: TestRedis, services: DuebotServices, env: Record<string, string>): AdapterContext {
  return {
    config: ConfigSchema.parse({ DUEBOT_ADAPTERS: 'wecom', DUEBOT_PREFIX: t.prefix, ...env }),
    services,
    redis: t.redis,
    keys: t.keys,
    logger: createLogger({ level: 'silent' }),
    clock: systemClock,
  };
}
