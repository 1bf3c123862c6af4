import type { Case } from '../domain/case.js';
import type { Customer } from '../domain/customer.js';
import type { Escalation } from '../domain/escalation.js';
import type { Language } from '../domain/ids.js';
import type { Invoice, InvoiceStatus } from '../domain/invoice.js';
import type { PaymentPromise } from '../domain/promise.js';
import type { PlaybookData, Tone } from './playbook/schema.js';

export type { Tone, Rung, Step, AlertReason, InstalmentPlan, PlaybookData } from './playbook/schema.js';

/** Everything `decide` knows about one customer: all their open invoices form one case. */
export interface EngineState {
  customer: Customer;
  invoices: Invoice[];
  case: Case;
  /** The customer's chat is one other people can read (a group, a Slack Connect channel): amounts may be hidden. */
  sharedChannel?: boolean;
}

/** What `understand` made of a reply. `amount` is in major units as written ("5000"), converted by the engine. */
export interface UnderstoodReply {
  intent: 'promise' | 'paid' | 'dispute' | 'hardship' | 'request_info' | 'acknowledge' | 'other';
  date: string | null;
  amount: number | null;
}

interface EventBase {
  /** Unique per event; a replayed id changes nothing. */
  id: string;
}

/** A step timer fired. Ignored unless `epoch` is the case's current epoch. */
export interface StepDueEvent extends EventBase {
  type: 'step_due';
  epoch: number;
  stepIndex: number;
}

/** The customer wrote to us. Button clicks arrive as replies too (see README of the engine). */
export interface ReplyEvent extends EventBase {
  type: 'reply';
  understood: UnderstoodReply;
  text: string;
  /** The contact address that wrote. */
  contact: string;
  /** Platform message id, kept as evidence. */
  messageId: string;
}

/** Money received for one invoice; `amount` in minor units, full or partial. */
export interface PaymentEvent extends EventBase {
  type: 'payment';
  invoiceId: string;
  amount: number;
  /** YYYY-MM-DD the money arrived. */
  date: string;
}

interface StaffBase extends EventBase {
  type: 'staff';
  /** Staff id, recorded in the audit trail. */
  actor: string;
}
export type StaffEvent =
  | (StaffBase & { action: 'acknowledge'; escalationId: string })
  | (StaffBase & { action: 'assign'; escalationId: string; assignee: string })
  /** Acknowledge an alert (if given) and hold the automatic plan until `until`. */
  | (StaffBase & { action: 'snooze'; escalationId?: string; until: string })
  /** Hold everything; `until` null means until resumed. */
  | (StaffBase & { action: 'pause'; until: string | null })
  | (StaffBase & { action: 'resume' })
  /** Without `invoiceId`: every open invoice of the case. */
  | (StaffBase & { action: 'mark_paid'; invoiceId?: string })
  | (StaffBase & { action: 'mark_disputed'; invoiceId?: string; note?: string })
  | (StaffBase & { action: 'approve_notice'; escalationId: string })
  | (StaffBase & { action: 'accept_promise'; promiseId: string })
  | (StaffBase & { action: 'reject_promise'; promiseId: string })
  /** A rep's own words to the customer: relayed, signed with `repName`, and reminders held. */
  | (StaffBase & { action: 'rep_message'; text: string; repName: string });
export type StaffAction = StaffEvent['action'];

export interface PromiseCheckEvent extends EventBase {
  type: 'promise_check';
  promiseId: string;
  epoch: number;
}

/** A pause with an end date ran out (timer `resume`). */
export interface ResumeDueEvent extends EventBase {
  type: 'resume_due';
  epoch: number;
}

/** The customer asked to stop (STOP/退订). */
export interface OptOutEvent extends EventBase {
  type: 'opt_out';
  contact?: string;
  text?: string;
}

/** An import added or changed invoices: `invoices` is the customer's full current list. Also plans a new case. */
export interface InvoicesChangedEvent extends EventBase {
  type: 'invoices_changed';
  invoices: Invoice[];
}

export type EngineEvent =
  | StepDueEvent
  | ReplyEvent
  | PaymentEvent
  | StaffEvent
  | PromiseCheckEvent
  | ResumeDueEvent
  | OptOutEvent
  | InvoicesChangedEvent;

/**
 * Why a message went out. `step` reminders and `followup`s of broken promises are automated and count
 * toward the weekly cap; answers (`reply`), a rep's or an approved message (`staff`) and thanks (`system`) do not.
 */
export type SendOrigin = 'step' | 'followup' | 'reply' | 'staff' | 'system';

export function isAutomated(origin: SendOrigin): boolean {
  return origin === 'step' || origin === 'followup';
}

export interface SendEffect {
  kind: 'send';
  /** Deterministic; the outbox ledger sends each id at most once. */
  messageId: string;
  customerId: string;
  template: string;
  tone: Tone;
  language: Language;
  invoiceIds: string[];
  text: string;
  /** An answer to the customer's own message: does not count toward the cap. */
  reply: boolean;
  origin: SendOrigin;
  buttons?: Array<{ id: string; label: string }>;
}

export type TimerKind = 'step' | 'promise_check' | 'resume';

/** The runtime delivers a fired timer as `step_due`, `promise_check` or `resume_due` with the same epoch. */
export interface ScheduleEffect {
  kind: 'schedule';
  timer: TimerKind;
  at: string;
  epoch: number;
  stepIndex?: number;
  promiseId?: string;
}

export type Effect =
  | SendEffect
  | ScheduleEffect
  | { kind: 'cancel_timers'; customerId: string; beforeEpoch: number }
  | { kind: 'record_promise'; promise: PaymentPromise }
  /** `superseded`: the customer moved the date; the new promise replaces this one. */
  | { kind: 'update_promise'; promiseId: string; status: 'kept' | 'broken'; reason?: 'superseded' }
  | { kind: 'update_invoice'; invoiceId: string; status: InvoiceStatus; amountPaid: number }
  | { kind: 'raise_escalation'; escalation: Escalation }
  | { kind: 'resolve_escalation'; escalationId: string; status: 'acknowledged' | 'resolved'; actor: string; assignee?: string }
  | { kind: 'blocked'; template: string; reason: BlockReason; stepIndex?: number }
  /** Also carries status changes: auditKind 'status_changed', payload { from, to }. */
  | { kind: 'audit'; auditKind: string; payload: Record<string, unknown> };

export type BlockReason = 'paused' | 'disputed' | 'opted_out' | 'closed' | 'weekly_cap' | 'quiet_hours' | 'human_contact' | 'promised' | 'no_slot';

export interface Decision {
  state: EngineState;
  effects: Effect[];
}

/** Values a template can use. Money is integer minor units; filters format it. */
export interface TemplateContext {
  lang: Language;
  tone: Tone;
  customer: { name: string };
  rep: { name: string };
  invoices: Array<{ number: string; amount: number; outstanding: number; currency: string; due_date: string; days_overdue: number }>;
  totals: Array<{ amount: number; currency: string }>;
  due_date: string;
  show_amounts: boolean;
  payee: { name: string; bank: string; account: string; note: string };
  promise: { date: string; amount: number | null; currency: string };
  choices: Array<{ date: string }>;
  instalments: Array<{ parts: number; every_days: number; payments: Array<{ date: string; amount: number; currency: string }> }>;
  message: string;
}

/** Templates compiled at load; `render` is synchronous so `decide` stays a plain function. */
export interface TemplateSet {
  names(): string[];
  render(name: string, lang: Language, context: TemplateContext): string;
}

/** A validated playbook with its compiled templates. */
export interface Playbook extends PlaybookData {
  /** Where it was loaded from, for messages. */
  source: string;
  compiled: TemplateSet;
}
