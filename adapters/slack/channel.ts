import type { WebClient } from '@slack/web-api';
import type { ChannelAdapter, InboundMessage, OutboundMessage, SentReceipt } from '../../src/runtime/ports.js';
import { PlatformError } from '../../src/errors.js';
import { messageBlocks } from './message-blocks.js';
import { toPlatformError } from './platform-error.js';
import type { ChannelPacer } from './pacer.js';

/** A user id (U…, W…) means "their DM", which has to be opened first; anything else is a conversation id. */
const USER_ID = /^[UW][A-Z0-9]+$/;
const CONVERSATION_ID = /^[CGD][A-Z0-9]+$/;

/**
 * Customers on Slack: posts reminders, confirmations and answers to a channel, DM or Slack Connect
 * channel. Receiving is Bolt's job (see listeners); `start` only marks the channel ready.
 */
export class SlackChannel implements ChannelAdapter {
  readonly platform = 'slack' as const;
  /** DM ids by user id; conversations.open answers the same id every time, so a process cache is enough. */
  private readonly dms = new Map<string, string>();

  constructor(
    private readonly client: WebClient,
    private readonly pacer: ChannelPacer,
  ) {}

  async start(_inbound: (msg: InboundMessage) => Promise<void>): Promise<void> {
    // Inbound events reach the runtime through DuebotServices.inbound, wired by createSlackAdapter.
  }

  async send(msg: OutboundMessage): Promise<SentReceipt> {
    const channel = await this.conversationFor(msg.address);
    await this.pacer.slot(channel);
    const { text, blocks } = messageBlocks(msg.text, msg.buttons);
    try {
      const res = await this.client.chat.postMessage({
        channel,
        text,
        blocks,
        ...(msg.threadId ? { thread_ts: msg.threadId } : {}),
        // Plain text only: no @-name linking, no link previews of whatever a customer once pasted.
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!res.ts) throw new PlatformError('slack', 'slack chat.postMessage: no ts in the answer', true);
      return { platformMessageId: res.ts, ...(msg.threadId ? { threadId: msg.threadId } : {}) };
    } catch (err) {
      throw toPlatformError(err, 'chat.postMessage');
    }
  }

  async stop(): Promise<void> {}

  private async conversationFor(address: string): Promise<string> {
    if (CONVERSATION_ID.test(address)) return address;
    if (!USER_ID.test(address)) throw new PlatformError('slack', `slack address ${address} is neither a conversation nor a user id`, false);
    const known = this.dms.get(address);
    if (known) return known;
    try {
      const res = await this.client.conversations.open({ users: address });
      const id = res.channel?.id;
      if (!id) throw new PlatformError('slack', 'slack conversations.open: no channel in the answer', true);
      this.dms.set(address, id);
      return id;
    } catch (err) {
      throw toPlatformError(err, 'conversations.open');
    }
  }
}
