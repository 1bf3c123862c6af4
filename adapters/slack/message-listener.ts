import type { App } from '@slack/bolt';
import { bodySummary } from '../../src/logger.js';
import { within, type SlackDeps } from './deps.js';
import { toInbound, type SlackMessageEvent } from './inbound-message.js';

/** Slack retries for about an hour at most; an event id remembered that long is never handled twice. */
const EVENT_TTL_SECONDS = 3600;
/** A sender's name is nice to have in the evidence trail, not worth holding Slack's 3-second ack for. */
const NAME_WAIT_MS = 500;

/**
 * Customer messages go to the inbound queue. Slack's retries (x-slack-retry-num) and any duplicate
 * delivery are dropped by claiming the event id in Redis first, so several bot processes behind one
 * URL never answer twice. The HTTP answer is sent after the enqueue: if Redis fails, Slack retries.
 */
export function registerMessageListener(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, body, context }) => {
    const msg = toInbound(event as SlackMessageEvent, context.botUserId);
    if (!msg) return;
    const eventId = body.event_id || `${msg.address}-${msg.platformMessageId}`;
    if (!(await deps.services.firstTime('slack-event', eventId, EVENT_TTL_SECONDS))) {
      deps.log.debug({ eventId, retry: context.retryNum }, 'slack: duplicate event ignored');
      return;
    }
    const senderName = await within(deps.names.get(msg.sender), NAME_WAIT_MS);
    const result = await deps.services.inbound(senderName ? { ...msg, senderName } : msg);
    deps.log.debug({ eventId, accepted: result.accepted, ...bodySummary(msg.text) }, 'slack: message handed to the inbound queue');
  });
}
