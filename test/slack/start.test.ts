import { createSlackAdapter } from '../../adapters/slack/index.js';
import { createHttpApp } from '../../src/app/http.js';
import { systemClock } from '../../src/clock.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../support/fake-slack.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { RecordingServices } from './recording-services.js';

describe('Slack adapter: starting', () => {
  let t: TestRedis;
  let fake: FakeSlack;
  beforeAll(async () => {
    t = await testRedis('slack-start');
    fake = await FakeSlack.start();
  });
  afterAll(async () => {
    await fake.close();
    await t.cleanup();
  });
  beforeEach(() => fake.reset());

  const context = (http?: ReturnType<typeof createHttpApp>) => ({
    config: ConfigSchema.parse({ DUEBOT_ADAPTERS: 'slack', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl }),
    services: new RecordingServices(t.redis, t.keys),
    ...(http ? { http } : {}),
    redis: t.redis,
    keys: t.keys,
    logger: createLogger({ level: 'silent' }),
    clock: systemClock,
  });

  test('Given a worker-only process (no HTTP), When the adapter starts, Then it asks Slack nothing and can still send', async () => {
    const bundle = await createSlackAdapter(context());
    expect(fake.calls).toHaveLength(0);
    await bundle.channel!.send({ messageId: 'm1', customerId: 'C001', platform: 'slack', address: 'CWORKER', text: 'hello', language: 'en' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(bundle.alertSink).toBeUndefined();
    await bundle.stop();
  });

  test('Given a web process, When the adapter starts, Then it learns its own ids with one auth.test at SLACK_API_URL', async () => {
    const bundle = await createSlackAdapter(context(createHttpApp()));
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test']);
    await bundle.stop();
  });

  test('Given a revoked token, When the adapter starts, Then a ConfigError names SLACK_BOT_TOKEN and Slack’s reason', async () => {
    fake.failWith('auth.test', 'invalid_auth');
    const err = await createSlackAdapter(context(createHttpApp())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toMatchObject({ variable: 'SLACK_BOT_TOKEN', message: expect.stringContaining('invalid_auth') });
  });
});
