import type { Wechaty } from 'wechaty';
import type { Logger } from 'pino';
import type { ChannelAdapter, InboundMessage, OutboundMessage, SentReceipt } from '../../../src/runtime/ports.js';
import type { DuebotServices } from '../../../src/runtime/services.js';
import { PlatformError } from '../../../src/errors.js';
import { scrub } from '../../../src/logger.js';
import { findConversation } from './conversation.js';
import { routeMessage } from './router.js';

export interface WecomChannelOptions {
  bot: Wechaty;
  services: DuebotServices;
  staffIds: readonly string[];
  logger: Logger;
}

/** How long the outbox should wait before trying again while the puppet is logged out or reconnecting. */
const OFFLINE_RETRY_MS = 30_000;

/** Customer chats in WeCom through a Wechaty bot: messages in go to the runtime, reminders out by say(). */
export class WecomChannel implements ChannelAdapter {
  readonly platform = 'wecom' as const;
  private readonly bot: Wechaty;
  private readonly log: Logger;
  private started = false;
  private listening = false;
  private stopping: Promise<void> | undefined;

  constructor(private readonly opts: WecomChannelOptions) {
    this.bot = opts.bot;
    this.log = opts.logger.child({ adapter: 'wecom' });
  }

  async start(inbound: (msg: InboundMessage) => Promise<unknown>): Promise<void> {
    // Started again after a lease moved away and came back: the listeners are already there.
    this.stopping = undefined;
    if (!this.listening) this.listen(inbound);
    this.started = true;
    try {
      await this.bot.start();
    } catch (err) {
      throw new PlatformError('wecom', `the Wechaty puppet did not start: ${scrub(String((err as Error)?.message ?? err))}`, true);
    }
    this.log.info('wecom: Wechaty bot started');
  }

  private listen(inbound: (msg: InboundMessage) => Promise<unknown>): void {
    this.listening = true;
    const deps = { services: this.opts.services, staffIds: new Set(this.opts.staffIds), inbound, logger: this.log };
    this.bot.on('message', (message) => {
      // Wechaty does not await listeners: a failure here must be logged, never an unhandled rejection.
      routeMessage(message, deps).catch((err: unknown) => this.log.error({ err, messageId: message.id }, 'wecom: could not handle an incoming message'));
    });
    this.bot.on('login', (user) => this.log.info({ user: user.id }, 'wecom: puppet logged in; sending resumes'));
    this.bot.on('logout', (user, reason) => this.log.warn({ user: user.id, reason }, 'wecom: puppet logged out; sends wait in the outbox until it logs in again'));
    this.bot.on('scan', (_qrcode, status) => this.log.warn({ status }, 'wecom: puppet waits for a login scan'));
    this.bot.on('error', (err) => this.log.error({ err: { message: scrub(String(err?.message ?? err)) } }, 'wecom: puppet error'));
  }

  async send(msg: OutboundMessage): Promise<SentReceipt> {
    if (!this.bot.isLoggedIn) throw new PlatformError('wecom', 'the WeCom puppet is not logged in', true, OFFLINE_RETRY_MS);
    const conversation = await findConversation(this.bot, msg.address);
    if (!conversation) throw new PlatformError('wecom', `no WeCom contact or room has the id ${msg.address}`, false);
    let sent: unknown;
    try {
      // Plain chat text is shown as typed: no markup to escape.
      sent = await conversation.say(msg.text);
    } catch (err) {
      throw new PlatformError('wecom', `sending failed: ${scrub(String((err as Error)?.message ?? err))}`, true, this.bot.isLoggedIn ? undefined : OFFLINE_RETRY_MS);
    }
    // Some puppets do not return the sent message; our own id still identifies it in the audit log.
    const id = typeof sent === 'object' && sent && 'id' in sent ? String((sent as { id: unknown }).id) : msg.messageId;
    return { platformMessageId: id };
  }

  /** Safe to call twice (the bundle and the runtime may both stop it) or before start. */
  stop(): Promise<void> {
    this.stopping ??= this.started ? this.bot.stop() : Promise.resolve();
    return this.stopping;
  }
}
