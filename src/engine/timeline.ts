import type { RiskClass } from '../domain/customer.js';
import type { Customer } from '../domain/customer.js';
import type { PlaybookData, Playbook, Step } from './types.js';
import { nextLocalDay, slotFor } from './timing.js';

/** The playbook's aging class for a number of days overdue (not yet due counts as the first class). */
export function riskClass(daysOverdue: number, playbook: Pick<PlaybookData, 'aging'>): RiskClass {
  let cls = playbook.aging[0]!.class;
  for (const row of playbook.aging) if (daysOverdue >= row.fromDays) cls = row.class;
  return cls;
}

export interface PlannedStep {
  step: Step;
  /** ISO instant in the customer's offset, or null with the calendar's reason. */
  at: string | null;
  reason?: string;
  reasons: string[];
}

/**
 * When each step would go out for an invoice due on `dueDate` with no replies: what `flows check`
 * prints. Each automated send enters the history, so the weekly cap shows as it would in real use.
 */
export function stepDates(playbook: Playbook, customer: Customer, dueDate: string, from: string): PlannedStep[] {
  const history: string[] = [];
  return playbook.steps.map((step) => {
    const last = history.at(-1);
    const automated = step.template !== undefined && !step.approval;
    const slot = slotFor({ id: step.id, anchor: dueDate, offset: step.offset, automated, notBefore: last === undefined ? from : nextLocalDay(last, customer.timezone), history }, customer, playbook);
    if ('failed' in slot) return { step, at: null, reason: slot.failed, reasons: [] };
    if (automated) history.push(slot.at);
    return { step, at: slot.at, reasons: slot.reasons };
  });
}
