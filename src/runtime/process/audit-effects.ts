import type { AuditEntry } from '../../domain/audit.js';
import type { Case } from '../../domain/case.js';
import type { Effect, EngineEvent } from '../../engine/types.js';

/** Every state change, promise, alert and blocked send becomes an evidence line; sends are logged when delivered. */
export function auditEntriesFor(customerId: string, event: EngineEvent, effects: Effect[], at: string, next: Case): AuditEntry[] {
  // What the bot decided is the bot's act; the customer's own words are logged when they arrive.
  const actor = event.type === 'staff' ? `staff:${event.actor}` : 'bot';
  const out: AuditEntry[] = [];
  const add = (kind: string, payload: Record<string, unknown>) => out.push({ at, actor, kind, customerId, payload });
  if (event.type === 'staff') add('staff_action', { action: event.action, event: stripId(event) });
  for (const e of effects) {
    switch (e.kind) {
      case 'record_promise':
        add('promise_recorded', { promiseId: e.promise.id, date: e.promise.date, amount: e.promise.amount, invoices: e.promise.invoiceIds });
        break;
      case 'update_promise':
        add(`promise_${e.status}`, { promiseId: e.promiseId });
        break;
      case 'update_invoice':
        add('invoice_updated', { invoiceId: e.invoiceId, status: e.status, amountPaid: e.amountPaid });
        break;
      case 'raise_escalation':
        add('escalation_raised', { escalationId: e.escalation.id, reason: e.escalation.reason, target: e.escalation.target, severity: e.escalation.severity });
        break;
      case 'resolve_escalation':
        add(`escalation_${e.status}`, { escalationId: e.escalationId, by: e.actor, assignee: e.assignee });
        break;
      case 'blocked':
        add('send_blocked', { template: e.template, reason: e.reason, stepIndex: e.stepIndex });
        break;
      // Timers are not evidence (the plan shows in the case); what the bot decided to say is.
      case 'send':
        add('message_planned', { messageId: e.messageId, template: e.template, tone: e.tone, reply: e.reply, invoices: e.invoiceIds });
        break;
      case 'audit':
        add(e.auditKind, e.payload);
        break;
      default:
        break;
    }
  }
  void next;
  return out;
}

function stripId(event: EngineEvent): Record<string, unknown> {
  const { id: _id, ...rest } = event as unknown as Record<string, unknown>;
  return rest;
}
