import type { Server } from 'node:http';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config/index.js';
import { decide, loadPlaybook } from '../../src/engine/index.js';
import { resolvePlaybookPath } from '../../src/app/playbook-path.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { fixedClock } from '../../src/clock.js';
import { createHttpApp, listen, closeServer } from '../../src/app/http.js';
import { mountWeb } from '../../src/app/web.js';
import type { TestRedis } from '../support/redis.js';

/**
 * A real Runtime on the test's Redis prefix, without workers: API calls apply events through the
 * case processor at once. `understand` is only used by inbound workers, which these tests do not start.
 */
export function testRuntime(t: TestRedis, env: Record<string, string> = {}, now = new Date('2026-03-20T02:00:00Z')): Runtime {
  const config = loadConfig({ REDIS_URL: t.url, DUEBOT_PREFIX: t.prefix, ...env });
  return new Runtime({
    config,
    redis: t.redis,
    keys: t.keys,
    clock: fixedClock(now),
    playbook: loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK)),
    logger: createLogger({ level: 'silent' }),
    decide,
    understand: () => ({ intent: 'other', date: null, amount: null }),
  });
}

export async function serveApi(runtime: Runtime): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createHttpApp();
  mountWeb(app, { config: runtime.opts.config, runtime, logger: runtime.opts.logger });
  const server: Server = await listen(app, 0);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}
