import type { Case } from '../domain/case.js';
import { isOpen, outstanding, type Invoice } from '../domain/invoice.js';
import type { Effect, EngineEvent, EngineState, Playbook } from './types.js';
import { localDate } from './timing.js';

/**
 * The working copy one `decide` call mutates. `decide` clones its input first, so callers see a pure
 * function; inside, plain mutation keeps each rule short.
 */
export interface Draft {
  state: EngineState;
  readonly playbook: Playbook;
  readonly event: EngineEvent;
  /** ISO instant of the decision. */
  readonly now: string;
  readonly effects: Effect[];
}

export function caseOf(d: Draft): Case {
  return d.state.case;
}

export function today(d: Draft): string {
  return localDate(d.now, d.state.customer.timezone);
}

/** Invoices the bot is chasing: open or promised with money still owed, oldest due first. */
export function chased(invoices: Invoice[]): Invoice[] {
  return invoices
    .filter((i) => (i.status === 'open' || i.status === 'promised') && outstanding(i) > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

/** Open invoices including disputed ones: what a reply about "the invoices" refers to. */
export function openInvoices(invoices: Invoice[]): Invoice[] {
  return invoices.filter((i) => isOpen(i) && outstanding(i) > 0).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

export function emit(d: Draft, ...effects: Effect[]): void {
  d.effects.push(...effects);
}

export function audit(d: Draft, auditKind: string, payload: Record<string, unknown> = {}): void {
  d.effects.push({ kind: 'audit', auditKind, payload: { eventId: d.event.id, ...payload } });
}

/** Event ids come from outside; ids we derive from them must still be valid ids (no ':' or spaces). */
export function idPart(s: string): string {
  return s.replace(/[\s:{}\u0000-\u001f\u007f]+/g, '-');
}

export function setInvoice(d: Draft, inv: Invoice, status: Invoice['status'], amountPaid = inv.amountPaid): void {
  if (inv.status === status && inv.amountPaid === amountPaid) return;
  inv.status = status;
  inv.amountPaid = amountPaid;
  emit(d, { kind: 'update_invoice', invoiceId: inv.id, status, amountPaid });
}
