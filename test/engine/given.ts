import { newCase } from '../../src/domain/case.js';
import type { Customer } from '../../src/domain/customer.js';
import type { Invoice } from '../../src/domain/invoice.js';
import { decide } from '../../src/engine/decide.js';
import { loadPlaybook } from '../../src/engine/playbook/load.js';
import type { Decision, Effect, EngineEvent, EngineState, Playbook, UnderstoodReply } from '../../src/engine/types.js';

/** Shared Given/When helpers for the engine's scenario and property tests. */

export const playbook: Playbook = loadPlaybook('flows/standard.yaml');

export const customers: Record<'zh' | 'en', Customer> = {
  zh: { id: 'C1', name: '华东贸易', contacts: [], language: 'zh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN', rep: '王芳' },
  en: { id: 'C2', name: 'Acme Trading', contacts: [], language: 'en', timezone: 'America/New_York', holidayCalendar: 'none', rep: 'Alex Chen' },
};

export function invoice(customerId: string, id: string, amountMinor: number, dueDate: string, currency = 'CNY'): Invoice {
  return { id, customerId, amount: amountMinor, currency, issueDate: '2026-11-01', dueDate, status: 'open', amountPaid: 0 };
}

let counter = 0;
export function eventId(): string {
  counter += 1;
  return `ev${counter}`;
}

/** A case planned on `at` for the given invoices: the state after its first `invoices_changed`. */
export function given(lang: 'zh' | 'en', invoices: Invoice[], at: string): Decision {
  const customer = customers[lang];
  const start: EngineState = { customer, invoices: [], case: newCase(customer.id) };
  return decide(start, { type: 'invoices_changed', id: `import-${at}`, invoices }, playbook, at);
}

export function when(state: EngineState, event: EngineEvent, at: string): Decision {
  return decide(state, event, playbook, at);
}

export function reply(intent: UnderstoodReply['intent'], text: string, date: string | null = null, amount: number | null = null, id = eventId()): EngineEvent {
  return { type: 'reply', id, understood: { intent, date, amount }, text, contact: 'chat-1', messageId: `m-${id}` };
}

/** The next step timer the case asked for, fired. */
export function fireStep(d: Decision): [EngineEvent, string] {
  const next = d.state.case.nextAction;
  if (!next || next.kind !== 'step') throw new Error(`no step scheduled (next: ${JSON.stringify(next)})`);
  return [{ type: 'step_due', id: `step-${d.state.case.epoch}-${next.stepIndex}`, epoch: d.state.case.epoch, stepIndex: next.stepIndex! }, next.at];
}

/** One short line per effect: what the scenario tests compare exactly. */
export function summary(effects: Effect[]): string[] {
  return effects.map((e) => {
    switch (e.kind) {
      case 'send':
        return `send ${e.origin} ${e.template} ${e.tone} [${e.invoiceIds.join(',')}]${e.buttons ? ` buttons:${e.buttons.map((b) => b.id).join(',')}` : ''}`;
      case 'schedule':
        return `schedule ${e.timer} ${e.at} e${e.epoch}${e.stepIndex !== undefined ? ` step${e.stepIndex}` : ''}${e.promiseId ? ` ${e.promiseId}` : ''}`;
      case 'cancel_timers':
        return `cancel_timers <e${e.beforeEpoch}`;
      case 'record_promise':
        return `record_promise ${e.promise.id} ${e.promise.date} ${e.promise.amount ?? 'all'}`;
      case 'update_promise':
        return `update_promise ${e.promiseId} ${e.status}${e.reason ? ` ${e.reason}` : ''}`;
      case 'update_invoice':
        return `update_invoice ${e.invoiceId} ${e.status} ${e.amountPaid}`;
      case 'raise_escalation':
        return `raise_escalation ${e.escalation.reason} ${e.escalation.target}${e.escalation.pendingApproval ? ' pending_approval' : ''}`;
      case 'resolve_escalation':
        return `resolve_escalation ${e.status} by ${e.actor}${e.assignee ? ` to ${e.assignee}` : ''}`;
      case 'blocked':
        return `blocked ${e.template} ${e.reason}`;
      case 'audit':
        return e.auditKind === 'status_changed' ? `status ${String(e.payload.from)} -> ${String(e.payload.to)}` : `audit ${e.auditKind}`;
    }
  });
}

export function sends(effects: Effect[]) {
  return effects.filter((e): e is Extract<Effect, { kind: 'send' }> => e.kind === 'send');
}

export const AT: Record<'zh' | 'en', (local: string) => string> = {
  zh: (local) => `${local}+08:00`,
  en: (local) => `${local}-05:00`,
};

/** Given: one invoice of 12,000.00 due Fri 2026-12-04, reminders sent up to the +3 one (Tue 12-08). */
export function overdue(lang: 'zh' | 'en'): Decision {
  const c = customers[lang];
  let d = given(lang, [invoice(c.id, 'INV-1', 1_200_000, '2026-12-04', lang === 'zh' ? 'CNY' : 'USD')], AT[lang]('2026-11-20T09:00:00'));
  while (d.state.case.stepIndex < 4 || d.state.case.remindersSent < 4) {
    const [ev, at] = fireStep(d);
    d = when(d.state, ev, at);
  }
  return d;
}
