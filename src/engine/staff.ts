import type { StaffEvent } from './types.js';
import { settle } from './alerts.js';
import { audit, caseOf, chased, idPart, openInvoices, setInvoice, type Draft } from './draft.js';
import { currentTone, dateButtons, dateChoices, send } from './messages.js';
import { markPaid } from './payments.js';
import { newEpoch, planNext } from './plan.js';
import { confirm, recordPromise } from './promises.js';
import { plusDays } from './timing.js';

/** What the collections team and reps do, from a button, a slash command, the CLI or the API. */
export function onStaff(d: Draft, e: StaffEvent): void {
  const c = caseOf(d);
  audit(d, 'staff', { action: e.action, actor: e.actor });
  switch (e.action) {
    case 'acknowledge':
      settle(d, e.escalationId, 'acknowledged', e.actor);
      return;
    case 'assign':
      settle(d, e.escalationId, 'acknowledged', e.actor, e.assignee);
      return;
    case 'snooze':
      if (e.escalationId) settle(d, e.escalationId, 'acknowledged', e.actor);
      return pause(d, 'snoozed', e.until);
    case 'pause':
      return pause(d, 'staff', e.until);
    case 'resume':
      return resume(d);
    case 'mark_paid':
      return markPaid(d, e.invoiceId, e.actor);
    case 'mark_disputed': {
      if (c.status === 'opted_out' || c.status === 'closed') return;
      const targets = openInvoices(d.state.invoices).filter((i) => e.invoiceId === undefined || i.id === e.invoiceId);
      for (const inv of targets) setInvoice(d, inv, 'disputed');
      // With other invoices still chased the plan goes on for them; otherwise the case waits for people.
      if (chased(d.state.invoices).length === 0) c.status = 'disputed';
      newEpoch(d);
      return planNext(d);
    }
    case 'approve_notice':
      return approveNotice(d, e.escalationId, e.actor);
    case 'accept_promise': {
      const p = c.proposal;
      if (!p || p.id !== e.promiseId) return audit(d, 'no_such_proposal', { promiseId: e.promiseId });
      settle(d, p.escalationId, 'resolved', e.actor);
      const promise = recordPromise(d, p);
      return confirm(d, promise, `${c.customerId}-${idPart(e.id)}-promise_confirm`, 'staff');
    }
    case 'reject_promise': {
      const p = c.proposal;
      if (!p || p.id !== e.promiseId) return audit(d, 'no_such_proposal', { promiseId: e.promiseId });
      settle(d, p.escalationId, 'resolved', e.actor);
      c.proposal = null;
      if (c.status === 'opted_out' || c.status === 'closed') return;
      const choices = dateChoices(d);
      send(d, {
        messageId: `${c.customerId}-${idPart(e.id)}-promise_declined`,
        template: 'promise_declined',
        tone: currentTone(d),
        origin: 'staff',
        extras: { promise: p, choices },
        buttons: dateButtons(d, choices),
      });
      return;
    }
    case 'rep_message': {
      // An opted-out customer asked for no more bot messages; the rep reaches them directly.
      if (c.status === 'opted_out' || c.status === 'closed') {
        d.effects.push({ kind: 'blocked', template: 'rep_relay', reason: c.status });
        return;
      }
      send(d, { messageId: `${c.customerId}-${idPart(e.id)}-rep_relay`, template: 'rep_relay', tone: currentTone(d), origin: 'staff', extras: { message: e.text, repName: e.repName } });
      c.unansweredReminders = 0;
      c.humanContactUntil = plusDays(d.now, d.playbook.humanContactPauseDays, d.state.customer.timezone);
      newEpoch(d);
      return planNext(d);
    }
  }
}

function pause(d: Draft, reason: 'staff' | 'snoozed', until: string | null): void {
  const c = caseOf(d);
  if (c.status === 'opted_out' || c.status === 'closed') return;
  if (c.status === 'disputed') return; // a dispute already holds everything until someone resumes
  c.status = 'paused';
  c.pauseReason = reason;
  c.pausedUntil = until;
  newEpoch(d);
  planNext(d);
}

/** Ends a pause or a dispute: disputed invoices are chased again and the plan picks up where it is. */
export function resume(d: Draft): void {
  const c = caseOf(d);
  if (c.status !== 'paused' && c.status !== 'disputed') return;
  for (const inv of d.state.invoices) if (inv.status === 'disputed') setInvoice(d, inv, 'open');
  c.status = 'active';
  c.pausedUntil = null;
  c.pauseReason = null;
  newEpoch(d);
  planNext(d);
}

function approveNotice(d: Draft, escalationId: string, actor: string): void {
  const c = caseOf(d);
  const notice = c.pendingNotices.find((n) => n.escalationId === escalationId);
  if (!notice) return audit(d, 'no_such_notice', { escalationId });
  c.pendingNotices = c.pendingNotices.filter((n) => n !== notice);
  settle(d, escalationId, 'resolved', actor);
  const step = d.playbook.steps[notice.stepIndex];
  if (!step?.template) return;
  if (c.status === 'opted_out' || c.status === 'closed' || c.status === 'disputed' || chased(d.state.invoices).length === 0) {
    d.effects.push({ kind: 'blocked', template: step.template, reason: c.status === 'active' ? 'closed' : c.status });
    return;
  }
  send(d, { messageId: `${c.customerId}-e${notice.epoch}-${step.id}`, template: step.template, tone: step.tone, origin: 'staff' });
}
