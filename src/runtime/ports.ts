import type { Platform } from '../domain/ids.js';

/** A button shown under a message; a click comes back as an InboundMessage with `action`. */
export interface MessageButton {
  id: string;
  label: string;
  /** Opaque value carried back with the click (e.g. a promise id). */
  value?: string;
  style?: 'primary' | 'danger';
}

/** A message to a customer's chat, as the runtime hands it to an adapter. */
export interface OutboundMessage {
  /** Deterministic id: the adapter may use it to make delivery idempotent. */
  messageId: string;
  customerId: string;
  platform: Platform;
  /** Channel, DM, user, contact or room id on the platform. */
  address: string;
  text: string;
  buttons?: MessageButton[];
  /** Answer in this thread (Slack thread_ts) when set. */
  threadId?: string;
  language: 'zh' | 'en';
}

export interface SentReceipt {
  platformMessageId: string;
  threadId?: string;
}

/** What a customer said or clicked, in plain domain terms. */
export interface InboundMessage {
  platform: Platform;
  /** Where it was said: the contact address the customer is linked by (channel, DM, room, contact). */
  address: string;
  /** Who said it (user or contact id); equals address in one-to-one chats. */
  sender: string;
  senderName?: string;
  text: string;
  platformMessageId: string;
  threadId?: string;
  /** ISO instant the platform reports. */
  receivedAt?: string;
  /** A button click (confirm_promise, change_date) instead of typed text. */
  action?: { id: string; value?: string };
  /**
   * In a group chat, whether the message mentions the bot. Adapters pass every group message and let
   * the runtime decide: it knows which senders are linked billing contacts, the adapter does not.
   */
  mentionsBot?: boolean;
  /** Non-text content: an image may be a remittance slip. */
  attachment?: { kind: 'image' | 'file' | 'other'; name?: string; ref?: string };
}

/** One chat platform for customers. Transport details stay inside; no collection logic here. */
export interface ChannelAdapter {
  readonly platform: Platform;
  start(inbound: (msg: InboundMessage) => Promise<void>): Promise<void>;
  /** Throws PlatformError (retryable, retryAfterMs) on failure. */
  send(msg: OutboundMessage): Promise<SentReceipt>;
  stop(): Promise<void>;
}

/** An escalation as staff see it, ready to render in Slack, WeCom or the local page. */
export interface AlertView {
  escalationId: string;
  customerId: string;
  customerName: string;
  reason: string;
  severity: 'info' | 'warning' | 'critical';
  status: 'open' | 'acknowledged' | 'resolved';
  assignee?: string;
  invoices: Array<{ id: string; amount: string; dueDate: string }>;
  total: string;
  quote?: string;
  pendingApproval: boolean;
  history: Array<{ at: string; actor: string; action: string }>;
  /** Link to the case on the web page, when DUEBOT_PUBLIC_URL is set. */
  caseUrl?: string;
  /** Whether amounts may be shown in this sink (shared channels may hide them). */
  showAmounts?: boolean;
}

/** A staff channel that receives alerts; `update` redraws one in place after someone acts. */
export interface AlertSink {
  readonly name: string;
  post(alert: AlertView): Promise<{ ref?: string }>;
  update?(alert: AlertView, ref: string): Promise<void>;
  /** A follow-up under the alert (e.g. the customer's answer to a rep's message), threaded where the platform can. */
  note?(alert: AlertView, ref: string | null, text: string): Promise<void>;
}

/** What an adapter factory is given: it mounts its HTTP routes on `http` and talks to the runtime through `services`. */
export interface AdapterContext {
  config: import('../config/schema.js').Config;
  services: import('./services.js').DuebotServices;
  /** The bot's Express app on PORT; absent in worker-only processes. */
  http?: import('express').Express;
  redis: import('../redis/connect.js').RedisClient;
  keys: import('./keys.js').Keys;
  logger: import('pino').Logger;
  clock: import('../clock.js').Clock;
}

/** What an adapter factory returns: a customer channel, a staff alert sink, or both. */
export interface AdapterBundle {
  channel?: ChannelAdapter;
  alertSink?: AlertSink;
  stop(): Promise<void>;
}
