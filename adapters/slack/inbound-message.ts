import type { InboundMessage } from '../../src/runtime/ports.js';

/** The fields of a Slack `message` event duebot reads. */
export interface SlackMessageEvent {
  type: 'message';
  subtype?: string;
  channel: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: Array<{ id?: string; name?: string; mimetype?: string }>;
}

/**
 * Subtypes a person produces by writing: plain messages, a file with a comment (a remittance slip),
 * a thread reply also sent to the channel. Edits, deletions, joins and bot posts are not replies.
 */
const PERSON_SUBTYPES = new Set<string | undefined>([undefined, 'file_share', 'thread_broadcast']);

/** A Slack message as the runtime's InboundMessage, or null when it is not something a customer said. */
export function toInbound(event: SlackMessageEvent, botUserId?: string): InboundMessage | null {
  if (!PERSON_SUBTYPES.has(event.subtype) || event.bot_id || !event.user || event.user === botUserId) return null;
  const file = event.files?.[0];
  const text = event.text ?? '';
  if (!text.trim() && !file) return null;
  const seconds = Number(event.ts);
  return {
    platform: 'slack',
    address: event.channel,
    sender: event.user,
    text,
    platformMessageId: event.ts,
    // In a channel the bot answers in the thread of the customer's message.
    threadId: event.thread_ts ?? event.ts,
    ...(Number.isFinite(seconds) ? { receivedAt: new Date(seconds * 1000).toISOString() } : {}),
    ...(file
      ? {
          attachment: {
            kind: file.mimetype?.startsWith('image/') ? 'image' : 'file',
            ...(file.name ? { name: file.name } : {}),
            ...(file.id ? { ref: file.id } : {}),
          },
        }
      : {}),
  };
}
