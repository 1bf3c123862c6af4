import type { Invoice } from '../domain/invoice.js';
import type { InvoicesChangedEvent, OptOutEvent, ResumeDueEvent } from './types.js';
import { raise } from './alerts.js';
import { audit, caseOf, chased, type Draft } from './draft.js';
import { send } from './messages.js';
import { baseAnchor, newEpoch, planNext } from './plan.js';
import { resume } from './staff.js';

/** STOP/退订: one confirmation, then silence from the bot; the rep hears about it. */
export function onOptOut(d: Draft, e: OptOutEvent): void {
  const c = caseOf(d);
  if (c.status === 'opted_out') return audit(d, 'opt_out_repeated', { contact: e.contact });
  send(d, { messageId: `${c.customerId}-opt_out_confirm`, template: 'opt_out_confirm', tone: 'friendly', origin: 'reply' });
  raise(d, { reason: 'opt_out', ...(e.text !== undefined ? { quote: e.text } : {}) });
  c.status = 'opted_out';
  newEpoch(d);
}

export function onResumeDue(d: Draft, e: ResumeDueEvent): void {
  const c = caseOf(d);
  if (e.epoch !== c.epoch || c.status !== 'paused') return audit(d, 'stale_timer', { timer: 'resume', epoch: e.epoch });
  resume(d);
}

/**
 * An import changed the customer's invoices. When the earliest chased due date moves (a new older
 * invoice, or the oldest one gone), the plan starts over from that date; otherwise it keeps its place.
 */
export function onInvoicesChanged(d: Draft, e: InvoicesChangedEvent): void {
  const c = caseOf(d);
  const previous = baseAnchor(d);
  d.state.invoices = mergeInvoices(d.state.invoices, e.invoices.filter((i) => i.customerId === c.customerId));
  const next = baseAnchor(d);
  if (next !== previous || c.anchorDate === null) {
    c.anchorDate = next;
    c.stepIndex = 0;
  }
  audit(d, 'invoices_changed', { invoiceIds: d.state.invoices.map((i) => i.id), anchorDate: c.anchorDate });
  if (chased(d.state.invoices).length === 0) {
    if (c.status === 'active' || c.status === 'promised') c.status = 'closed';
  } else if (c.status === 'closed') {
    c.status = 'active';
  }
  newEpoch(d);
  planNext(d);
}

/**
 * An import knows amounts and dates, not what was paid since it was queued: payments and statuses
 * recorded in the case win, and invoices the event doesn't mention stay as they are.
 */
function mergeInvoices(stored: Invoice[], incoming: Invoice[]): Invoice[] {
  const byId = new Map(stored.map((i) => [i.id, i]));
  const merged = incoming.map((inv) => {
    const old = byId.get(inv.id);
    byId.delete(inv.id);
    if (!old) return { ...inv };
    const amountPaid = Math.max(old.amountPaid, inv.amountPaid);
    const status = old.status === 'paid' && amountPaid < inv.amount ? 'open' : old.status === 'open' ? inv.status : old.status;
    return { ...inv, amountPaid, status: amountPaid >= inv.amount ? 'paid' : status };
  });
  return [...merged, ...byId.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}
