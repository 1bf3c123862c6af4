import type { Decision, EngineEvent, EngineState, Playbook } from './types.js';
import { audit, type Draft } from './draft.js';
import { onInvoicesChanged, onOptOut, onResumeDue } from './lifecycle.js';
import { onPayment } from './payments.js';
import { onPromiseCheck } from './promises.js';
import { onReply } from './replies.js';
import { onStaff } from './staff.js';
import { onStepDue } from './steps.js';
import { clonePlain } from './clone.js';

/** Enough event ids to catch at-least-once redelivery (BullMQ retries, platform resends), bounded in size. */
const SEEN_LIMIT = 500;

/**
 * What happens next for one customer's case. Pure: no I/O, no clock; the same inputs give the same
 * output, and an event whose id was already applied changes nothing.
 */
export function decide(state: EngineState, event: EngineEvent, playbook: Playbook, now: string | Date): Decision {
  if (state.case.seenEvents.includes(event.id)) return { state, effects: [] };
  const at = typeof now === 'string' ? now : now.toISOString();
  const d: Draft = { state: clonePlain(state), playbook, event, now: at, effects: [] };
  const before = state.case.status;
  apply(d);
  const c = d.state.case;
  c.seenEvents = [...c.seenEvents, event.id].slice(-SEEN_LIMIT);
  c.updatedAt = at;
  if (c.status !== before) audit(d, 'status_changed', { from: before, to: c.status });
  return { state: d.state, effects: d.effects };
}

function apply(d: Draft): void {
  const e = d.event;
  switch (e.type) {
    case 'step_due':
      return onStepDue(d, e);
    case 'reply':
      return onReply(d, e);
    case 'payment':
      return onPayment(d, e);
    case 'staff':
      return onStaff(d, e);
    case 'promise_check':
      return onPromiseCheck(d, e);
    case 'resume_due':
      return onResumeDue(d, e);
    case 'opt_out':
      return onOptOut(d, e);
    case 'invoices_changed':
      return onInvoicesChanged(d, e);
  }
}
