import { DEMO_PREFIX, DEMO_SPEED, demoEnv } from '../../src/cli/commands/demo.js';
import { loadConfig } from '../../src/config/index.js';

describe('duebot demo environment', () => {
  const now = new Date('2026-12-08T01:00:00Z');

  test('Given a plain environment, Then the demo runs a 20000x clock from now under its own prefix, with the local page', () => {
    const env = demoEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }, DEMO_SPEED, now);
    const config = loadConfig(env);
    expect(config).toMatchObject({ DUEBOT_PREFIX: DEMO_PREFIX, DUEBOT_CLOCK_START: '2026-12-08T01:00:00.000Z', DUEBOT_CLOCK_SPEED: 20000, DUEBOT_ADAPTERS: ['local'] });
  });

  test('Given other adapters and a prefix, Then they are kept and local is added', () => {
    const env = demoEnv({ DUEBOT_ADAPTERS: 'wecom', WECOM_WEBHOOK_URL: 'http://127.0.0.1:9/hook', DUEBOT_PREFIX: 'acme-demo' }, 600, now);
    expect(loadConfig(env)).toMatchObject({ DUEBOT_PREFIX: 'acme-demo', DUEBOT_CLOCK_SPEED: 600, DUEBOT_ADAPTERS: ['wecom', 'local'] });
  });
});
