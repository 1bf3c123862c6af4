import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Config } from '../../src/config/schema.js';
import { boltLogger } from './bolt-logger.js';

/**
 * Every Web API client (ours and Bolt's) goes to SLACK_API_URL when set, and never waits or retries
 * on its own: a 429 surfaces at once so the outbox can honour Retry-After durably.
 */
export function slackClientOptions(config: Config): WebClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
  };
}

export function createWebClient(config: Config, log: Logger): WebClient {
  return new WebClient(config.SLACK_BOT_TOKEN, { ...slackClientOptions(config), logger: boltLogger(log) });
}
