import type { Customer } from '../../domain/customer.js';
import type { Invoice } from '../../domain/invoice.js';
import type { EngineEvent } from '../../engine/types.js';
import type { InboundMessage } from '../ports.js';

/** What sits in a customer's mailbox: a platform message still to understand, or a ready engine event. */
export type MailboxItem = { kind: 'message'; id: string; customerId: string; msg: InboundMessage } | { kind: 'event'; customerId: string; event: EngineEvent };

export type UnderstandFn = (input: { text: string; now: string; tz: string; dueDate?: string }) => {
  intent: 'promise' | 'paid' | 'dispute' | 'hardship' | 'request_info' | 'acknowledge' | 'other';
  date: string | null;
  amount: number | null;
};

const OPT_OUT = /^\s*(stop|unsubscribe|退订|取消订阅|不要再发了?)\s*[.!。！]*\s*$/i;

/**
 * Converts a customer's message into an engine event at processing time (so `now` is when the bot
 * reads it): STOP/退订 opts out, a button click is a reply the engine knows, an image after a
 * paid claim is the remittance slip, text goes through `understand`.
 */
export function toEngineEvent(item: Extract<MailboxItem, { kind: 'message' }>, customer: Customer, invoices: Invoice[], now: Date, understand: UnderstandFn): EngineEvent {
  const { msg } = item;
  if (OPT_OUT.test(msg.text)) return { type: 'opt_out', id: item.id, contact: msg.address, text: msg.text };
  const open = invoices.filter((i) => i.status !== 'paid' && i.status !== 'written_off');
  const dueDate = open.map((i) => i.dueDate).sort()[0];
  if (msg.action) {
    const understood =
      msg.action.id === 'confirm_promise'
        ? ({ intent: 'acknowledge', date: null, amount: null } as const)
        : ({ intent: 'promise', date: null, amount: null } as const);
    return { type: 'reply', id: item.id, understood, text: msg.action.id === 'confirm_promise' ? '[confirm_promise]' : '[change_date]', contact: msg.address, messageId: msg.platformMessageId };
  }
  if (msg.attachment && !msg.text.trim()) {
    return { type: 'reply', id: item.id, understood: { intent: 'paid', date: null, amount: null }, text: `[${msg.attachment.kind}]`, contact: msg.address, messageId: msg.platformMessageId };
  }
  const understood = understand({ text: msg.text, now: now.toISOString(), tz: customer.timezone, ...(dueDate ? { dueDate } : {}) });
  return { type: 'reply', id: item.id, understood: { intent: understood.intent, date: understood.date, amount: understood.amount }, text: msg.text, contact: msg.address, messageId: msg.platformMessageId };
}
