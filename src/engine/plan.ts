import type { PaymentPromise } from '../domain/promise.js';
import { audit, caseOf, chased, emit, today, type Draft } from './draft.js';
import { addDays, later, nextLocalDay, promiseCheckDate, slotFor } from './timing.js';

/** Every plan change gets a new epoch, and timers of older epochs are cancelled (and ignored if they fire anyway). */
export function newEpoch(d: Draft): void {
  const c = caseOf(d);
  c.epoch += 1;
  c.nextAction = null;
  emit(d, { kind: 'cancel_timers', customerId: c.customerId, beforeEpoch: c.epoch });
}

export function pendingPromise(d: Draft): PaymentPromise | undefined {
  return caseOf(d).promises.find((p) => p.status === 'pending');
}

/**
 * The next step to send, from `from` on: the latest one whose date has come, else the next one ahead.
 * A missed step goes out late, but only the latest: a customer never gets a burst of catch-up messages.
 */
export function nextStepIndex(d: Draft, from: number): number | null {
  const anchor = caseOf(d).anchorDate;
  const steps = d.playbook.steps;
  if (anchor === null || from >= steps.length) return null;
  const day = today(d);
  let pick = from;
  for (let i = from; i < steps.length; i++) if (addDays(anchor, steps[i]!.offset) <= day) pick = i;
  return pick;
}

/** The earliest due date of what is chased: where a fresh plan counts its offsets from. */
export function baseAnchor(d: Draft): string | null {
  return chased(d.state.invoices)[0]?.dueDate ?? null;
}

/**
 * Schedules what the case's status calls for: the resume of a pause with an end, the check of a pending
 * promise (every promise gets one, whatever else holds the case), or the next step when nothing holds it.
 */
export function planNext(d: Draft): void {
  const c = caseOf(d);
  c.nextAction = null;
  if (c.status === 'opted_out' || c.status === 'closed') return;
  const promise = pendingPromise(d);
  if (promise) schedulePromiseCheck(d, promise);
  if (c.status === 'paused' && c.pausedUntil) {
    emit(d, { kind: 'schedule', timer: 'resume', at: c.pausedUntil, epoch: c.epoch });
    const check = c.nextAction as { at: string } | null; // set by schedulePromiseCheck above
    if (!check || Date.parse(c.pausedUntil) < Date.parse(check.at)) c.nextAction = { kind: 'resume', at: c.pausedUntil };
  }
  if (c.status === 'paused' || c.status === 'disputed') return;
  if (promise) {
    c.status = 'promised';
    return;
  }
  c.status = 'active';
  scheduleStep(d);
}

export function schedulePromiseCheck(d: Draft, promise: PaymentPromise): void {
  const c = caseOf(d);
  const checkDate = promiseCheckDate(promise.date, d.state.customer, d.playbook);
  const slot = slotFor(
    { id: `check-${promise.id}`, anchor: checkDate, offset: 0, automated: false, notBefore: d.now, history: c.sendHistory },
    d.state.customer,
    d.playbook,
  );
  if ('failed' in slot) {
    audit(d, 'no_slot', { promiseId: promise.id, reason: slot.failed });
    return;
  }
  emit(d, { kind: 'schedule', timer: 'promise_check', at: slot.at, epoch: c.epoch, promiseId: promise.id });
  c.nextAction = { kind: 'promise_check', at: slot.at, promiseId: promise.id };
}

/** Schedules the next step; a step the calendar cannot place (a pre-due note too late to send) gives way to the next. */
function scheduleStep(d: Draft): void {
  const c = caseOf(d);
  const first = nextStepIndex(d, c.stepIndex);
  if (first === null || c.anchorDate === null) return;
  for (let index = first; index < d.playbook.steps.length; index++) {
    const step = d.playbook.steps[index]!;
    const slot = slotFor(
      {
        id: step.id,
        anchor: c.anchorDate,
        offset: step.offset,
        automated: step.template !== undefined && !step.approval,
        // At most one automated message a day, and none while a rep's own conversation is fresh.
        notBefore: later(later(d.now, c.humanContactUntil), dayAfterLastSend(d)),
        history: c.sendHistory,
      },
      d.state.customer,
      d.playbook,
    );
    if ('failed' in slot) {
      emit(d, { kind: 'blocked', template: step.template ?? step.id, reason: 'no_slot', stepIndex: index });
      audit(d, 'no_slot', { step: step.id, reason: slot.failed });
      continue;
    }
    c.stepIndex = index;
    emit(d, { kind: 'schedule', timer: 'step', at: slot.at, epoch: c.epoch, stepIndex: index });
    c.nextAction = { kind: 'step', at: slot.at, stepIndex: index };
    return;
  }
  c.stepIndex = d.playbook.steps.length;
}

function dayAfterLastSend(d: Draft): string | null {
  const last = caseOf(d).sendHistory.at(-1);
  return last === undefined ? null : nextLocalDay(last, d.state.customer.timezone);
}
