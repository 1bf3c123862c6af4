import { DateTime } from 'luxon';
import type { Case } from '../../domain/case.js';
import type { Customer } from '../../domain/customer.js';
import { isOpen, outstanding, type Invoice } from '../../domain/invoice.js';
import { minorDigits } from '../../domain/money.js';

export interface Amount {
  minor: number;
  currency: string;
  /** Minor digits of the currency, so the page formats without its own table. */
  digits: number;
}

/** One row of the page's customer list. */
export interface CustomerRow {
  id: string;
  name: string;
  language: 'zh' | 'en';
  status: Case['status'] | 'new';
  overdue: Amount[];
  open: Amount[];
  nextAction: Case['nextAction'];
  /** The customer's local chat, when they have one (the page chats as them). */
  localAddress: string | null;
  openAlerts: number;
}

function sumByCurrency(invoices: Invoice[]): Amount[] {
  const totals = new Map<string, number>();
  for (const i of invoices) totals.set(i.currency, (totals.get(i.currency) ?? 0) + outstanding(i));
  return [...totals].filter(([, m]) => m > 0).map(([currency, minor]) => ({ minor, currency, digits: minorDigits(currency) }));
}

/** Overdue means past the due date in the customer's own time zone. Pure. */
export function customerRow(customer: Customer, invoices: Invoice[], c: Case | null, now: Date): CustomerRow {
  const today = DateTime.fromJSDate(now, { zone: customer.timezone }).toISODate()!;
  const open = invoices.filter((i) => isOpen(i) && outstanding(i) > 0);
  return {
    id: customer.id,
    name: customer.name,
    language: customer.language,
    status: c?.status ?? 'new',
    overdue: sumByCurrency(open.filter((i) => i.dueDate < today)),
    open: sumByCurrency(open),
    nextAction: c?.nextAction ?? null,
    localAddress: customer.contacts.find((x) => x.platform === 'local')?.address ?? null,
    openAlerts: c?.escalations.filter((e) => e.status === 'open').length ?? 0,
  };
}
