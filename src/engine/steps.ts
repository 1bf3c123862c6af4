import type { BlockReason, StepDueEvent } from './types.js';
import { hasOpenAlert, raise } from './alerts.js';
import { audit, caseOf, emit, type Draft } from './draft.js';
import { send, templateContext } from './messages.js';
import { planNext } from './plan.js';

const DAY_MS = 86_400_000;

/** A step timer fired: send its reminder (or draft it for approval), alert if the step says so, plan the next. */
export function onStepDue(d: Draft, e: StepDueEvent): void {
  const c = caseOf(d);
  if (e.epoch !== c.epoch || e.stepIndex !== c.stepIndex || c.nextAction?.kind !== 'step') {
    audit(d, 'stale_timer', { timer: 'step', epoch: e.epoch, stepIndex: e.stepIndex });
    return;
  }
  const step = d.playbook.steps[e.stepIndex];
  if (!step) return;
  const held = heldBecause(d);
  if (held) {
    // Status changes bump the epoch, so this is a timer that raced a change; the new plan stands.
    emit(d, { kind: 'blocked', template: step.template ?? step.id, reason: held, stepIndex: e.stepIndex });
    return;
  }
  const automated = step.template !== undefined && !step.approval;
  if (automated && overCap(d)) {
    emit(d, { kind: 'blocked', template: step.template!, reason: 'weekly_cap', stepIndex: e.stepIndex });
    return planNext(d);
  }
  if (c.humanContactUntil !== null && Date.parse(d.now) < Date.parse(c.humanContactUntil)) {
    emit(d, { kind: 'blocked', template: step.template ?? step.id, reason: 'human_contact', stepIndex: e.stepIndex });
    return planNext(d);
  }
  if (step.template && step.approval) {
    // A draft is shown to staff in the alert; it goes to the customer only once approved.
    const language = d.state.customer.language;
    const text = d.playbook.compiled.render(step.template, language, templateContext(d, step.tone));
    const escalation = raise(d, {
      reason: 'formal_notice',
      target: step.alert ?? 'manager',
      pendingApproval: true,
      extra: { step: step.id, draft: { template: step.template, language, text } },
    });
    c.pendingNotices.push({ escalationId: escalation.id, stepIndex: e.stepIndex, epoch: c.epoch });
  } else {
    if (step.template) send(d, { messageId: `${c.customerId}-e${c.epoch}-${step.id}`, template: step.template, tone: step.tone, origin: 'step' });
    if (step.alert) raise(d, { reason: 'step', target: step.alert, extra: { step: step.id } });
  }
  if (c.unansweredReminders >= d.playbook.silence.unansweredBeforeEscalation && !hasOpenAlert(d, 'silence')) {
    raise(d, { reason: 'silence', extra: { unanswered: c.unansweredReminders } });
  }
  c.stepIndex = e.stepIndex + 1;
  planNext(d);
}

function heldBecause(d: Draft): BlockReason | null {
  const s = caseOf(d).status;
  if (s === 'paused' || s === 'disputed' || s === 'opted_out' || s === 'closed' || s === 'promised') return s;
  return null;
}

function overCap(d: Draft): boolean {
  const since = Date.parse(d.now) - 7 * DAY_MS;
  return caseOf(d).sendHistory.filter((at) => Date.parse(at) > since).length >= d.playbook.weeklyCap;
}
