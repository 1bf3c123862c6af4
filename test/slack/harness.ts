import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../../adapters/slack/index.js';
import { createHttpApp, closeServer, listen } from '../../src/app/http.js';
import { systemClock } from '../../src/clock.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import type { AdapterBundle } from '../../src/runtime/ports.js';
import { FakeSlack } from '../support/fake-slack.js';
import type { TestRedis } from '../support/redis.js';
import { SlackSender } from '../support/slack-requests.js';
import { RecordingServices } from './recording-services.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const STAFF = 'USTAFF';
export const ALERT_CHANNEL = 'CALERTS';

export interface SlackHarness {
  fake: FakeSlack;
  services: RecordingServices;
  bundle: AdapterBundle;
  slack: SlackSender;
  close(): Promise<void>;
}

/** The real adapter, with real Bolt, on a real HTTP server, talking to the fake Slack and the real Redis. */
export async function startSlackHarness(t: TestRedis, env: Record<string, string> = {}): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const services = new RecordingServices(t.redis, t.keys);
  const config = ConfigSchema.parse({
    DUEBOT_ADAPTERS: 'slack',
    DUEBOT_PREFIX: t.prefix,
    DUEBOT_LANG: 'en',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_ALERT_CHANNEL: ALERT_CHANNEL,
    SLACK_STAFF_USERS: STAFF,
    ...env,
  });
  const http = createHttpApp();
  const logger = createLogger({ level: 'silent' });
  const bundle = await createSlackAdapter({ config, services, http, redis: t.redis, keys: t.keys, logger, clock: systemClock });
  const server: Server = await listen(http, 0);
  const port = (server.address() as AddressInfo).port;
  return {
    fake,
    services,
    bundle,
    slack: new SlackSender(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET),
    async close() {
      await closeServer(server);
      await bundle.stop();
      await fake.close();
    },
  };
}
