import type { PaymentEvent } from './types.js';
import { settleAll } from './alerts.js';
import { audit, caseOf, idPart, openInvoices, setInvoice, type Draft } from './draft.js';
import { send } from './messages.js';
import { newEpoch, planNext } from './plan.js';
import { settleKeptPromises } from './promises.js';
import { addDays } from './timing.js';

/** Money arrived for one invoice, full or partial. */
export function onPayment(d: Draft, e: PaymentEvent): void {
  const inv = d.state.invoices.find((i) => i.id === e.invoiceId);
  if (!inv) {
    audit(d, 'payment_unknown_invoice', { invoiceId: e.invoiceId, amount: e.amount });
    return;
  }
  const c = caseOf(d);
  const before = openIds(d);
  c.payments.push({ invoiceId: inv.id, amount: e.amount, date: e.date, at: d.now });
  const paid = inv.amountPaid + e.amount;
  setInvoice(d, inv, paid >= inv.amount ? 'paid' : inv.status, paid);
  audit(d, 'payment', { invoiceId: inv.id, amount: e.amount, date: e.date });
  afterMoney(d, before, e.date, 'bot');
}

/** Staff say invoices are paid (one, or all open ones). */
export function markPaid(d: Draft, invoiceId: string | undefined, actor: string): void {
  const targets = openInvoices(d.state.invoices).filter((i) => invoiceId === undefined || i.id === invoiceId);
  if (targets.length === 0) {
    audit(d, 'mark_paid_nothing_open', { invoiceId, actor });
    return;
  }
  const before = openIds(d);
  for (const inv of targets) {
    caseOf(d).payments.push({ invoiceId: inv.id, amount: inv.amount - inv.amountPaid, date: d.now.slice(0, 10), at: d.now });
    setInvoice(d, inv, 'paid', inv.amount);
  }
  settleAll(d, actor, ['paid_claim']);
  afterMoney(d, before, null, actor);
}

/**
 * Promises the money covers are kept. Nothing left to chase closes the case with thanks; a partial
 * payment re-anchors the plan so the next reminder keeps its usual distance from the payment.
 */
function afterMoney(d: Draft, before: Set<string>, paymentDate: string | null, actor: string): void {
  const c = caseOf(d);
  settleKeptPromises(d);
  const remaining = openInvoices(d.state.invoices);
  if (remaining.length === 0) {
    if (c.status !== 'closed' && c.status !== 'opted_out') {
      // Thank for what this event settled; the invoices are no longer open, so name them explicitly.
      const settled = d.state.invoices.filter((i) => i.status === 'paid' && before.has(i.id));
      send(d, { messageId: `${c.customerId}-${idPart(d.event.id)}-payment_received`, template: 'payment_received', tone: 'friendly', origin: 'system', invoices: settled });
      c.status = 'closed';
    }
    settleAll(d, actor);
    newEpoch(d);
    return;
  }
  if (paymentDate !== null) reanchor(d, paymentDate);
  newEpoch(d);
  planNext(d);
}

/** The last overdue reminder sent is treated as if sent on the payment day. */
function reanchor(d: Draft, paymentDate: string): void {
  const c = caseOf(d);
  const last = d.playbook.steps[c.stepIndex - 1];
  if (c.anchorDate === null || !last || last.offset < 0) return;
  const moved = addDays(paymentDate, -last.offset);
  if (moved > c.anchorDate) c.anchorDate = moved;
}


function openIds(d: Draft): Set<string> {
  return new Set(openInvoices(d.state.invoices).map((i) => i.id));
}
