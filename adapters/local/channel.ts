import type { Clock } from '../../src/clock.js';
import type { ChannelAdapter, InboundMessage, OutboundMessage, SentReceipt } from '../../src/runtime/ports.js';
import type { LocalChatLog } from './chat-log.js';

/** The web playground as a chat platform: the bot's messages land in a Redis list the page reads live. */
export class LocalChannel implements ChannelAdapter {
  readonly platform = 'local' as const;
  private inbound?: (msg: InboundMessage) => Promise<void>;

  constructor(
    private readonly log: LocalChatLog,
    private readonly clock: Clock,
  ) {}

  async start(inbound: (msg: InboundMessage) => Promise<void>): Promise<void> {
    this.inbound = inbound;
  }

  async send(msg: OutboundMessage): Promise<SentReceipt> {
    await this.log.deliver(msg.address, {
      id: msg.messageId,
      from: 'bot',
      text: msg.text,
      at: this.clock.now().toISOString(),
      ...(msg.buttons ? { buttons: msg.buttons } : {}),
    });
    return { platformMessageId: msg.messageId };
  }

  /** What a person types on the page as the customer. */
  async customerSays(address: string, text: string, id: string, action?: { id: string; value?: string }): Promise<void> {
    await this.log.append(address, { id, from: 'customer', text, at: this.clock.now().toISOString() });
    await this.inbound?.({ platform: 'local', address, sender: address, text, platformMessageId: id, ...(action ? { action } : {}) });
  }

  async stop(): Promise<void> {
    this.inbound = undefined;
  }
}
