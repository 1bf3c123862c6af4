import express from 'express';
import { App, ExpressReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import { boltLogger } from './bolt-logger.js';
import { slackClientOptions } from './web-client.js';

/** One URL for events, slash commands and interactivity. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface BoltIdentity {
  botId: string;
  botUserId: string;
}

export interface BoltApp {
  app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Bolt with the transport the configuration asks for: Socket Mode when SLACK_APP_TOKEN is set,
 * else HTTP on the bot's own Express app, signature-checked with SLACK_SIGNING_SECRET.
 * The bot's ids are passed in, so Bolt never calls auth.test on its own.
 */
export function createBoltApp(config: Config, http: Express, identity: BoltIdentity, log: Logger): BoltApp {
  const logger = boltLogger(log);
  const clientOptions = slackClientOptions(config);
  let accepting = true;
  let receiver: Receiver;
  if (config.SLACK_APP_TOKEN) {
    receiver = new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN, logger, installerOptions: { clientOptions } });
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new ConfigError('SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET is required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');
    const router = express.Router();
    // While stopping, a 503 makes Slack retry the delivery, which another bot process can take.
    router.use(SLACK_EVENTS_PATH, (_req, res, next) => (accepting ? next() : void res.status(503).end()));
    receiver = new ExpressReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoints: SLACK_EVENTS_PATH,
      app: http,
      router,
      logger,
      // Answer Slack only once the event is in the queue, so a Redis failure means a retry, not a loss.
      processBeforeResponse: true,
    });
  }
  const app = new App({
    receiver,
    token: config.SLACK_BOT_TOKEN,
    botId: identity.botId,
    botUserId: identity.botUserId,
    tokenVerificationEnabled: false,
    convoStore: false,
    logger,
    clientOptions,
  });
  // Rethrown so an unhandled failure answers Slack with an error and Slack delivers again.
  app.error(async (err) => {
    log.error({ err, code: err.code }, 'slack: listener failed');
    throw err;
  });
  return {
    app,
    start: async () => {
      if (config.SLACK_APP_TOKEN) await app.start();
    },
    stop: async () => {
      accepting = false;
      if (config.SLACK_APP_TOKEN) await app.stop();
    },
  };
}
