import type { PaymentPromise } from '../domain/promise.js';
import type { PromiseCheckEvent, ReplyEvent } from './types.js';
import { raise } from './alerts.js';
import { audit, caseOf, chased, emit, setInvoice, today, type Draft } from './draft.js';
import { currentTone, dateButtons, dateChoices, send } from './messages.js';
import { newEpoch, pendingPromise, planNext } from './plan.js';
import { addDays } from './timing.js';
import { toMinor } from '../domain/money.js';
import { isOpen, outstanding } from '../domain/invoice.js';

export interface PromiseTerms {
  date: string;
  amount: number | null;
  sourceMessageId?: string;
  sourceText?: string;
  madeAt: string;
}

/** A reply's amount is in major units as written; promises keep minor units in the invoices' currency. */
export function promisedMinor(d: Draft, amount: number | null): number | null {
  const currency = chased(d.state.invoices)[0]?.currency;
  return amount === null || currency === undefined ? null : toMinor(amount, currency);
}

/** A promise with a date: accepted and confirmed, or sent to staff when later than the playbook accepts. */
export function onDatedPromise(d: Draft, e: ReplyEvent, date: string): void {
  const c = caseOf(d);
  const terms: PromiseTerms = {
    date,
    amount: promisedMinor(d, e.understood.amount),
    sourceMessageId: e.messageId,
    sourceText: e.text.slice(0, 2000),
    madeAt: d.now,
  };
  c.vagueReplies = 0;
  if (date > addDays(today(d), d.playbook.promises.latestAcceptableDays)) {
    const escalation = raise(d, { reason: 'late_promise', quote: e.text });
    c.proposal = { id: `${c.customerId}-p${c.promises.length + 1}`, ...terms, escalationId: escalation.id };
    send(d, { messageId: `${c.customerId}-${e.id}-promise_review`, template: 'promise_review', tone: currentTone(d), origin: 'reply', extras: { promise: terms } });
    return;
  }
  if (c.promises.length >= d.playbook.promises.maxPromises) raise(d, { reason: 'repeated_promises', quote: e.text });
  const promise = recordPromise(d, terms);
  if (d.playbook.promises.confirm) confirm(d, promise, `${c.customerId}-${e.id}-promise_confirm`, 'reply');
}

/** Records the promise (replacing a pending one), holds reminders until it is checked. */
export function recordPromise(d: Draft, terms: PromiseTerms): PaymentPromise {
  const c = caseOf(d);
  const previous = pendingPromise(d);
  if (previous) {
    // The customer moved their date: the old promise is closed as broken, noted as superseded.
    previous.status = 'broken';
    emit(d, { kind: 'update_promise', promiseId: previous.id, status: 'broken', reason: 'superseded' });
  }
  // A customer who disputed every invoice may still promise to pay: the promise then covers the
  // disputed ones. With no invoice at all it would fail the case schema, and the case could not be read again.
  const chasedNow = chased(d.state.invoices);
  const invoices = chasedNow.length ? chasedNow : d.state.invoices.filter((i) => isOpen(i) && outstanding(i) > 0);
  const promise: PaymentPromise = {
    id: `${c.customerId}-p${c.promises.length + 1}`,
    invoiceIds: invoices.map((i) => i.id),
    date: terms.date,
    amount: terms.amount,
    currency: invoices[0]?.currency,
    madeAt: terms.madeAt,
    status: 'pending',
    ...(terms.sourceMessageId !== undefined ? { sourceMessageId: terms.sourceMessageId } : {}),
    ...(terms.sourceText !== undefined ? { sourceText: terms.sourceText } : {}),
  };
  c.promises.push(promise);
  c.proposal = null;
  emit(d, { kind: 'record_promise', promise });
  // A dated promise is the customer's newer word: it ends the holds their own replies started.
  if (c.status === 'paused' && (c.pauseReason === 'paid_claim' || c.pauseReason === 'hardship')) {
    c.status = 'active';
    c.pausedUntil = null;
    c.pauseReason = null;
  }
  for (const inv of invoices) setInvoice(d, inv, 'promised');
  newEpoch(d);
  if (c.status === 'active') c.status = 'promised';
  planNext(d);
  return promise;
}

export function confirm(d: Draft, promise: PaymentPromise, messageId: string, origin: 'reply' | 'staff'): void {
  const lang = d.state.customer.language;
  send(d, {
    messageId,
    template: 'promise_confirm',
    tone: currentTone(d),
    origin,
    extras: { promise },
    buttons: [
      { id: 'confirm_promise', label: lang === 'zh' ? '确认' : 'Confirm' },
      { id: 'change_date', label: lang === 'zh' ? '修改日期' : 'Change date' },
    ],
  });
}

/** Money since the promise was made covers it (or, with no amount named, its invoices are paid). */
export function isKept(d: Draft, p: PaymentPromise): boolean {
  const invoices = d.state.invoices.filter((i) => p.invoiceIds.includes(i.id));
  if (p.amount === null) return invoices.every((i) => outstanding(i) === 0);
  const paid = caseOf(d)
    .payments.filter((x) => p.invoiceIds.includes(x.invoiceId) && Date.parse(x.at) >= Date.parse(p.madeAt))
    .reduce((sum, x) => sum + x.amount, 0);
  return paid >= p.amount || invoices.every((i) => outstanding(i) === 0);
}

/** After money arrives: pending promises it covers are kept, and a case with none left resumes its plan. */
export function settleKeptPromises(d: Draft): boolean {
  let changed = false;
  for (const p of caseOf(d).promises) {
    if (p.status === 'pending' && isKept(d, p)) {
      p.status = 'kept';
      emit(d, { kind: 'update_promise', promiseId: p.id, status: 'kept' });
      changed = true;
    }
  }
  return changed;
}

/** The check the day after: unpaid means broken — a polite follow-up, an alert, and the ladder resumes. */
export function onPromiseCheck(d: Draft, e: PromiseCheckEvent): void {
  const c = caseOf(d);
  const promise = c.promises.find((p) => p.id === e.promiseId);
  if (e.epoch !== c.epoch || !promise || promise.status !== 'pending') {
    audit(d, 'stale_timer', { timer: 'promise_check', epoch: e.epoch, promiseId: e.promiseId });
    return;
  }
  if (isKept(d, promise)) {
    promise.status = 'kept';
    emit(d, { kind: 'update_promise', promiseId: promise.id, status: 'kept' });
  } else {
    promise.status = 'broken';
    emit(d, { kind: 'update_promise', promiseId: promise.id, status: 'broken' });
    for (const inv of d.state.invoices) if (inv.status === 'promised') setInvoice(d, inv, 'open');
    if (c.status === 'paused' || c.status === 'disputed') {
      emit(d, { kind: 'blocked', template: 'broken_promise', reason: c.status });
    } else {
      const choices = dateChoices(d);
      send(d, {
        messageId: `${c.customerId}-${promise.id}-broken_promise`,
        template: 'broken_promise',
        tone: currentTone(d),
        origin: 'followup',
        extras: { promise, choices },
        buttons: dateButtons(d, choices),
      });
    }
    raise(d, { reason: 'broken_promise', quote: promise.sourceText });
  }
  newEpoch(d);
  if (c.status === 'promised') c.status = 'active';
  planNext(d);
}
