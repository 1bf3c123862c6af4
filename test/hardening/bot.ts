import { startDuebot, type Running } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../support/fake-slack.js';
import type { TestRedis } from '../support/redis.js';
import { SlackSender } from '../support/slack-requests.js';

export const API_TOKEN = 'api-token-abcdef0123456789';
export const SIGNING_SECRET = 'signing-secret-0123456789';
export const SLACK_TOKEN = 'xoxb-1111-2222-secretbottoken';
export const STAFF = 'USTAFF';
export const WECOM_STAFF = 'wecom-staff-li';
export const ALERT_CHANNEL = 'CALERTS';

/** Every entry point of a whole bot at once: /api, /local, /slack/events and /healthz, with real workers. */
export interface HardBot {
  bot: Running;
  fake: FakeSlack;
  slack: SlackSender;
  base: string;
  /** Every log line the bot wrote, as JSON text. */
  logLines: string[];
  api(method: string, path: string, body?: unknown, token?: string | null, raw?: string): Promise<{ status: number; body: any }>;
  healthy(): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startHardBot(t: TestRedis, opts: { logLevel?: string; env?: Record<string, string> } = {}): Promise<HardBot> {
  const fake = await FakeSlack.start();
  const logLines: string[] = [];
  const logger = createLogger({ level: opts.logLevel ?? 'silent', destination: { write: (s: string) => void logLines.push(s) } });
  const bot = await startDuebot({
    env: {
      REDIS_URL: t.url,
      PORT: '0',
      DUEBOT_PREFIX: t.prefix,
      DUEBOT_ADAPTERS: 'local,slack',
      DUEBOT_LANG: 'en',
      DUEBOT_API_TOKEN: API_TOKEN,
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_ALERT_CHANNEL: ALERT_CHANNEL,
      SLACK_STAFF_USERS: STAFF,
      WECOM_STAFF_IDS: WECOM_STAFF,
      ...opts.env,
    },
    logger,
  });
  const base = `http://127.0.0.1:${bot.port}`;
  return {
    bot,
    fake,
    slack: new SlackSender(`${base}/slack/events`, SIGNING_SECRET),
    base,
    logLines,
    async api(method, path, body, token = API_TOKEN, raw) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed };
    },
    async healthy() {
      const res = await fetch(`${base}/healthz`);
      return res.status === 200;
    },
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
