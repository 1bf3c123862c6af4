import type { Store } from './store/index.js';
import type { AlertView } from './ports.js';
import type { Escalation } from '../domain/escalation.js';
import { outstanding } from '../domain/invoice.js';
import { formatMoney } from '../engine/playbook/filters.js';

/** Builds what staff see of an escalation, from its case, customer and invoices. */
export async function buildAlertView(store: Store, escalationId: string, publicUrl?: string): Promise<AlertView | null> {
  const customerId = await store.escalations.customerOf(escalationId);
  if (!customerId) return null;
  const [customer, c, invoices] = await Promise.all([store.customers.get(customerId), store.cases.get(customerId), store.invoices.forCustomer(customerId)]);
  const esc = c?.escalations.find((e) => e.id === escalationId);
  if (!customer || !esc) return null;
  return alertViewOf(esc, customer.name, customer.language, invoices.filter((i) => esc.invoiceIds.length === 0 || esc.invoiceIds.includes(i.id)), publicUrl);
}

export function alertViewOf(
  esc: Escalation,
  customerName: string,
  lang: 'zh' | 'en',
  invoices: Array<{ id: string; amount: number; amountPaid: number; currency: string; dueDate: string }>,
  publicUrl?: string,
): AlertView {
  const totals = new Map<string, number>();
  for (const i of invoices) totals.set(i.currency, (totals.get(i.currency) ?? 0) + outstanding(i));
  return {
    escalationId: esc.id,
    customerId: esc.customerId,
    customerName,
    reason: esc.reason,
    severity: esc.severity,
    status: esc.status,
    ...(esc.assignee ? { assignee: esc.assignee } : {}),
    invoices: invoices.map((i) => ({ id: i.id, amount: formatMoney(outstanding(i), i.currency, lang), dueDate: i.dueDate })),
    total: [...totals].map(([cur, minor]) => formatMoney(minor, cur, lang)).join(' + '),
    ...(esc.quote ? { quote: esc.quote } : {}),
    pendingApproval: esc.pendingApproval,
    history: esc.history,
    ...(publicUrl ? { caseUrl: `${publicUrl.replace(/\/$/, '')}/#/customers/${encodeURIComponent(esc.customerId)}` } : {}),
  };
}
