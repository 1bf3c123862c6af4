import type { PaymentPromise } from '../domain/promise.js';
import { outstanding, type Invoice } from '../domain/invoice.js';
import { isAutomated, type SendEffect, type SendOrigin, type TemplateContext, type Tone } from './types.js';
import { caseOf, chased, emit, openInvoices, today, type Draft } from './draft.js';
import { formatDay } from './playbook/filters.js';
import { addDays, daysBetween, workingDayFrom } from './timing.js';

const DAY_MS = 86_400_000;

export interface MessageExtras {
  promise?: Pick<PaymentPromise, 'date' | 'amount'>;
  choices?: string[];
  instalments?: TemplateContext['instalments'];
  message?: string;
  repName?: string;
}

/** Totals per currency: a customer may owe in more than one. */
export function totals(invoices: Invoice[]): Array<{ amount: number; currency: string }> {
  const byCurrency = new Map<string, number>();
  for (const inv of invoices) byCurrency.set(inv.currency, (byCurrency.get(inv.currency) ?? 0) + outstanding(inv));
  return [...byCurrency].map(([currency, amount]) => ({ amount, currency }));
}

/** The invoices a message is about: the chased ones, or every open one when none is chased (a dispute, say). */
export function messageInvoices(d: Draft): Invoice[] {
  const c = chased(d.state.invoices);
  return c.length > 0 ? c : openInvoices(d.state.invoices);
}

export function templateContext(d: Draft, tone: Tone, extras: MessageExtras = {}, invoices = messageInvoices(d)): TemplateContext {
  const { customer } = d.state;
  const lang = customer.language;
  const day = today(d);
  const payee = d.playbook.payee[lang];
  const currency = invoices[0]?.currency ?? 'CNY';
  return {
    lang,
    tone,
    customer: { name: customer.name },
    rep: { name: extras.repName ?? customer.rep ?? (lang === 'zh' ? '我们的同事' : 'our team') },
    invoices: invoices.map((inv) => ({
      number: inv.id,
      amount: inv.amount,
      outstanding: outstanding(inv),
      currency: inv.currency,
      due_date: inv.dueDate,
      days_overdue: Math.max(0, daysBetween(inv.dueDate, day)),
    })),
    totals: totals(invoices),
    due_date: invoices[0]?.dueDate ?? day,
    show_amounts: !d.state.sharedChannel || d.playbook.sharedChannels.showAmounts,
    payee: { name: payee.name, bank: payee.bank, account: payee.account, note: payee.note ?? '' },
    promise: { date: extras.promise?.date ?? day, amount: extras.promise?.amount ?? null, currency },
    choices: (extras.choices ?? []).map((date) => ({ date })),
    instalments: extras.instalments ?? [],
    message: extras.message ?? '',
  };
}

export interface SendArgs {
  messageId: string;
  template: string;
  tone: Tone;
  origin: SendOrigin;
  extras?: MessageExtras;
  buttons?: SendEffect['buttons'];
  /** Defaults to the invoices being chased. */
  invoices?: Invoice[];
}

/** Renders and emits one consolidated message about all the invoices it concerns. */
export function send(d: Draft, args: SendArgs): SendEffect {
  const lang = d.state.customer.language;
  const invoices = args.invoices ?? messageInvoices(d);
  const effect: SendEffect = {
    kind: 'send',
    messageId: args.messageId,
    customerId: d.state.customer.id,
    template: args.template,
    tone: args.tone,
    language: lang,
    invoiceIds: invoices.map((i) => i.id),
    text: d.playbook.compiled.render(args.template, lang, templateContext(d, args.tone, args.extras, invoices)),
    reply: args.origin === 'reply',
    origin: args.origin,
    ...(args.buttons ? { buttons: args.buttons } : {}),
  };
  emit(d, effect);
  if (isAutomated(args.origin)) {
    const c = caseOf(d);
    c.sendHistory = [...c.sendHistory.filter((at) => Date.parse(at) > Date.parse(d.now) - 14 * DAY_MS), d.now];
    c.remindersSent += 1;
    // Silence only counts once money is late: not answering a friendly pre-due note is normal.
    if (today(d) > (c.anchorDate ?? today(d))) c.unansweredReminders += 1;
  }
  return effect;
}

/** The tone of the ladder so far: replies and follow-ups sound like the last reminder sent. */
export function currentTone(d: Draft): Tone {
  const c = caseOf(d);
  return d.playbook.steps[Math.max(0, c.stepIndex - 1)]?.tone ?? 'friendly';
}

/** Dates offered when asking for a concrete one: working days, none later than the playbook accepts. */
export function dateChoices(d: Draft): string[] {
  const from = today(d);
  const latest = addDays(from, d.playbook.promises.latestAcceptableDays);
  const days = d.playbook.promises.choiceDays.map((n) => workingDayFrom(addDays(from, n), d.state.customer));
  return [...new Set(days)].filter((x) => x <= latest).sort();
}

export function dateButtons(d: Draft, choices: string[]): SendEffect['buttons'] {
  const lang = d.state.customer.language;
  return choices.map((date) => ({ id: `date:${date}`, label: formatDay(date, lang) }));
}
