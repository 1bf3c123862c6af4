import type { ReplyEvent, TemplateContext } from './types.js';
import { hasOpenAlert, raise } from './alerts.js';
import { audit, caseOf, chased, setInvoice, today, type Draft } from './draft.js';
import { currentTone, dateButtons, dateChoices, send, totals } from './messages.js';
import { newEpoch, pendingPromise, planNext } from './plan.js';
import { onDatedPromise } from './promises.js';
import { addDays, plusDays, workingDayFrom } from './timing.js';

/** What a customer's reply does, by its understood intent (DESIGN: "What a reply does"). */
export function onReply(d: Draft, e: ReplyEvent): void {
  const c = caseOf(d);
  audit(d, 'reply', { intent: e.understood.intent, date: e.understood.date, amount: e.understood.amount, messageId: e.messageId, contact: e.contact, text: e.text });
  // Opted-out and settled customers get no more messages; the words stay in the audit trail.
  if (c.status === 'opted_out' || c.status === 'closed') return;
  c.unansweredReminders = 0;
  if (e.understood.intent !== 'other') c.confusedReplies = 0;
  const id = (template: string) => `${c.customerId}-${e.id}-${template}`;
  const tone = currentTone(d);
  const { intent, date } = e.understood;

  if (intent === 'promise' && date !== null && date >= today(d)) return onDatedPromise(d, e, date);
  if (intent === 'promise' || intent === 'acknowledge') {
    // "好的收到" after we confirmed a date is just agreement: no need to ask for a date again.
    if (pendingPromise(d)) return;
    c.vagueReplies += 1;
    const choices = dateChoices(d);
    send(d, { messageId: id('ask_date'), template: 'ask_date', tone, origin: 'reply', extras: { choices }, buttons: dateButtons(d, choices) });
    if (c.vagueReplies >= d.playbook.vague.alertAfter && !hasOpenAlert(d, 'vague')) raise(d, { reason: 'vague', quote: e.text });
    return;
  }
  if (intent === 'paid') {
    send(d, { messageId: id('paid_thanks'), template: 'paid_thanks', tone, origin: 'reply' });
    raise(d, { reason: 'paid_claim', quote: e.text });
    return hold(d, 'paid_claim', d.playbook.paidClaim.holdDays);
  }
  if (intent === 'dispute') {
    send(d, { messageId: id('dispute_apology'), template: 'dispute_apology', tone, origin: 'reply' });
    raise(d, { reason: 'dispute', quote: e.text });
    for (const inv of chased(d.state.invoices)) setInvoice(d, inv, 'disputed');
    c.status = 'disputed';
    newEpoch(d);
    return planNext(d);
  }
  if (intent === 'hardship') {
    const instalments = instalmentOffers(d);
    const template = instalments.length > 0 ? 'hardship_offer' : 'hardship_call';
    send(d, { messageId: id(template), template, tone, origin: 'reply', extras: { instalments } });
    raise(d, { reason: 'hardship', quote: e.text });
    return hold(d, 'hardship', d.playbook.hardship.holdDays);
  }
  if (intent === 'request_info') {
    send(d, { messageId: id('request_info'), template: 'request_info', tone, origin: 'reply' });
    return;
  }
  // intent 'other' (or a dated promise in the past, which we cannot hold anyone to)
  send(d, { messageId: id('fallback'), template: 'fallback', tone, origin: 'reply' });
  if (isHostile(d, e.text)) {
    if (!hasOpenAlert(d, 'hostility')) raise(d, { reason: 'hostility', quote: e.text });
    return;
  }
  c.confusedReplies += 1;
  if (c.confusedReplies >= d.playbook.confusion.alertAfter && !hasOpenAlert(d, 'confusion')) raise(d, { reason: 'confusion', quote: e.text });
}

function isHostile(d: Draft, text: string): boolean {
  const lower = text.toLowerCase();
  return d.playbook.hostility.words.some((w) => lower.includes(w.toLowerCase()));
}

/** Holds automatic reminders for `days` while people look at it (a paid claim to verify, hardship to approve). */
function hold(d: Draft, reason: 'paid_claim' | 'hardship', days: number): void {
  const c = caseOf(d);
  const until = plusDays(d.now, days, d.state.customer.timezone);
  if (c.status === 'paused' && c.pausedUntil !== null && Date.parse(c.pausedUntil) >= Date.parse(until)) return;
  if (c.status === 'disputed') return;
  c.status = 'paused';
  c.pauseReason = reason;
  c.pausedUntil = until;
  newEpoch(d);
  planNext(d);
}

/** Equal parts of what is owed (the remainder in the first part), the first on the next working day. */
function instalmentOffers(d: Draft): TemplateContext['instalments'] {
  const owed = totals(chased(d.state.invoices));
  if (owed.length !== 1) return []; // several currencies: a person works out the plan
  const { amount, currency } = owed[0]!;
  const first = workingDayFrom(addDays(today(d), 1), d.state.customer);
  return d.playbook.hardship.instalments.map((plan) => {
    const part = Math.floor(amount / plan.parts);
    return {
      parts: plan.parts,
      every_days: plan.everyDays,
      payments: Array.from({ length: plan.parts }, (_, i) => ({
        date: i === 0 ? first : workingDayFrom(addDays(first, i * plan.everyDays), d.state.customer),
        amount: i === 0 ? amount - part * (plan.parts - 1) : part,
        currency,
      })),
    };
  });
}
