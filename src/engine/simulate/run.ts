import { DateTime } from 'luxon';
import { newCase } from '../../domain/case.js';
import type { Customer } from '../../domain/customer.js';
import type { Invoice } from '../../domain/invoice.js';
import { toMajor, toMinor } from '../../domain/money.js';
import { decide } from '../decide.js';
import type { Effect, EngineEvent, EngineState, Playbook, ScheduleEffect, StaffEvent, UnderstoodReply } from '../types.js';
import type { Script, ScriptEvent } from './script.js';

/** The understanding function the simulator reads replies with (the real `understand` in the CLI). */
export type Understand = (input: { text: string; now: string; tz: string; dueDate?: string }) => UnderstoodReply;

/** One line of the timeline; `at` is an ISO instant in the customer's offset. */
export type TimelineEntry = { at: string; kind: string } & Record<string, unknown>;

export interface Simulation {
  timeline: TimelineEntry[];
  state: EngineState;
}

/** Guards against a playbook that schedules forever within the window. */
const MAX_DECISIONS = 5000;

/**
 * Plays a script through the real engine on a simulated clock: timers the engine schedules fire at
 * their instants (older epochs are dropped as the runtime would), script events at theirs, in time order.
 */
export function simulate(script: Script, playbook: Playbook, understand: Understand): Simulation {
  const tz = script.customer.timezone;
  const customer: Customer = { ...script.customer, contacts: [], holidayCalendar: script.customer.holidayCalendar ?? 'none' };
  const invoices: Invoice[] = script.invoices.map((i) => ({
    id: i.number,
    customerId: customer.id,
    amount: toMinor(i.amount, i.currency),
    currency: i.currency,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    status: 'open',
    amountPaid: 0,
  }));
  const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(tz).toISO({ suppressMilliseconds: true })!;
  const start = script.start ?? DateTime.fromISO(earliest(invoices.map((i) => i.issueDate)), { zone: tz }).set({ hour: 9 }).toISO()!;
  const end = DateTime.fromISO(script.until, { zone: tz }).endOf('day').toMillis();

  let state: EngineState = { customer, invoices: [], case: newCase(customer.id), sharedChannel: script.sharedChannel };
  let timers: ScheduleEffect[] = [];
  const timeline: TimelineEntry[] = [];
  const queue = script.events.map((e, i) => ({ e, i })).sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i);

  const apply = (event: EngineEvent, at: string) => {
    const before = state;
    const decision = decide(state, event, playbook, local(at));
    state = decision.state;
    for (const effect of decision.effects) {
      if (effect.kind === 'schedule') timers.push(effect);
      if (effect.kind === 'cancel_timers') timers = timers.filter((t) => t.epoch >= effect.beforeEpoch);
      const entry = describe(effect, before, state, local(at));
      if (entry) timeline.push(entry);
    }
  };

  apply({ type: 'invoices_changed', id: 'sim-import', invoices }, start);
  for (let n = 0; n < MAX_DECISIONS; n++) {
    timers.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const timer = timers[0];
    const next = queue[0];
    const timerAt = timer ? Date.parse(timer.at) : Infinity;
    const eventAt = next ? Date.parse(next.e.at) : Infinity;
    if (Math.min(timerAt, eventAt) > end) break;
    if (timer && timerAt <= eventAt) {
      timers.shift();
      apply(timerEvent(timer), timer.at);
    } else if (next) {
      queue.shift();
      for (const input of inputLines(next.e, state, local(next.e.at))) timeline.push(input);
      const event = scriptEvent(next.e, next.i, state, understand);
      if (event) apply(event, next.e.at);
    }
  }
  return { timeline, state };
}

function earliest(dates: string[]): string {
  return [...dates].sort()[0]!;
}

function timerEvent(t: ScheduleEffect): EngineEvent {
  if (t.timer === 'step') return { type: 'step_due', id: `timer-step-${t.epoch}-${t.stepIndex}`, epoch: t.epoch, stepIndex: t.stepIndex ?? 0 };
  if (t.timer === 'promise_check') return { type: 'promise_check', id: `timer-check-${t.epoch}-${t.promiseId}`, epoch: t.epoch, promiseId: t.promiseId ?? '' };
  return { type: 'resume_due', id: `timer-resume-${t.epoch}`, epoch: t.epoch };
}

/** What the script said happened, shown in the timeline before what the bot did about it. */
function inputLines(e: ScriptEvent, state: EngineState, at: string): TimelineEntry[] {
  if (e.reply !== undefined) return [{ at, kind: 'customer', text: e.reply }];
  if (e.payment) return [{ at, kind: 'payment', invoice: e.payment.invoice, amount: e.payment.amount }];
  if (e.opt_out) return [{ at, kind: 'customer', text: state.customer.language === 'zh' ? '退订' : 'STOP' }];
  if (e.staff) return [{ at, kind: 'staff', action: e.staff.action, actor: e.staff.actor }];
  return [];
}

function scriptEvent(e: ScriptEvent, index: number, state: EngineState, understand: Understand): EngineEvent | null {
  const id = `script-${index}`;
  const tz = state.customer.timezone;
  if (e.reply !== undefined) {
    const dueDate = earliest(state.invoices.map((i) => i.dueDate));
    const u = understand({ text: e.reply, now: e.at, tz, dueDate });
    return { type: 'reply', id, understood: { intent: u.intent, date: u.date, amount: u.amount }, text: e.reply, contact: 'script', messageId: id };
  }
  if (e.opt_out) return { type: 'opt_out', id };
  if (e.payment) {
    const inv = state.invoices.find((i) => i.id === e.payment!.invoice);
    const date = e.payment.date ?? DateTime.fromISO(e.at, { setZone: true }).setZone(tz).toISODate()!;
    return { type: 'payment', id, invoiceId: e.payment.invoice, amount: toMinor(e.payment.amount, inv?.currency ?? 'CNY'), date };
  }
  return staffEvent(e, id, state);
}

function staffEvent(e: ScriptEvent, id: string, state: EngineState): StaffEvent | null {
  const s = e.staff!;
  const base = { type: 'staff' as const, id, actor: s.actor };
  const alertId = () =>
    [...state.case.escalations].reverse().find((x) => x.status !== 'resolved' && (s.alert === undefined || x.reason === s.alert))?.id ?? 'none';
  const proposal = state.case.proposal?.id ?? 'none';
  switch (s.action) {
    case 'acknowledge':
    case 'approve_notice':
      return { ...base, action: s.action, escalationId: alertId() };
    case 'assign':
      return { ...base, action: 'assign', escalationId: alertId(), assignee: s.assignee! };
    case 'snooze':
      return { ...base, action: 'snooze', until: s.until!, ...(s.alert ? { escalationId: alertId() } : {}) };
    case 'pause':
      return { ...base, action: 'pause', until: s.until ?? null };
    case 'resume':
      return { ...base, action: 'resume' };
    case 'mark_paid':
    case 'mark_disputed':
      return { ...base, action: s.action, ...(s.invoice ? { invoiceId: s.invoice } : {}) };
    case 'accept_promise':
    case 'reject_promise':
      return { ...base, action: s.action, promiseId: proposal };
    case 'rep_message':
      return { ...base, action: 'rep_message', text: s.text!, repName: s.repName ?? state.customer.rep ?? s.actor };
  }
}

/** Effects → timeline lines: sends, promises, alerts, state changes and held-back sends. */
function describe(effect: Effect, before: EngineState, after: EngineState, at: string): TimelineEntry | null {
  switch (effect.kind) {
    case 'send':
      return {
        at,
        kind: 'send',
        tone: effect.tone,
        template: effect.template,
        invoices: effect.invoiceIds,
        text: effect.text,
        ...(effect.reply ? { reply: true } : {}),
        origin: effect.origin,
        messageId: effect.messageId,
        ...(effect.buttons ? { buttons: effect.buttons.map((b) => b.label) } : {}),
      };
    case 'record_promise':
    case 'update_promise': {
      const p = effect.kind === 'record_promise' ? effect.promise : after.case.promises.find((x) => x.id === effect.promiseId) ?? before.case.promises.find((x) => x.id === effect.promiseId);
      if (!p) return null;
      const currency = p.currency ?? 'CNY';
      const status = effect.kind === 'record_promise' ? 'pending' : effect.status;
      return { at, kind: 'promise', id: p.id, date: p.date, amount: p.amount === null ? null : toMajor(p.amount, currency), currency, status, ...(effect.kind === 'update_promise' && effect.reason ? { note: effect.reason } : {}) };
    }
    case 'raise_escalation':
      return { at, kind: 'alert', reason: effect.escalation.reason, target: effect.escalation.target, severity: effect.escalation.severity, ...(effect.escalation.pendingApproval ? { pendingApproval: true } : {}), ...(effect.escalation.quote ? { quote: effect.escalation.quote } : {}) };
    case 'resolve_escalation': {
      const e = after.case.escalations.find((x) => x.id === effect.escalationId);
      return { at, kind: 'alert', reason: e?.reason ?? 'unknown', status: effect.status, actor: effect.actor };
    }
    case 'audit':
      return effect.auditKind === 'status_changed' ? { at, kind: 'state', status: effect.payload.to, from: effect.payload.from } : null;
    case 'blocked':
      return { at, kind: 'blocked', template: effect.template, reason: effect.reason };
    default:
      return null;
  }
}
