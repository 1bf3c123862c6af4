import { getJson } from './api.js';
import { h, replace } from './dom.js';
import { amounts, day, money, when, type Amount } from './format.js';
import { t } from './i18n.js';
import { showChat } from './chat.js';

export interface CustomerRow {
  id: string; name: string; language: string; status: string;
  overdue: Amount[]; open: Amount[];
  nextAction: { kind: string; at: string } | null;
  localAddress: string | null; openAlerts: number;
}

interface CaseDetail {
  customer: { id: string; name: string };
  row: CustomerRow;
  invoices: Array<{ id: string; amount: number; outstanding: number; currency: string; digits: number; dueDate: string; status: string }>;
  case: { status: string; promises: Array<{ id: string; date: string; amount: number | null; currency?: string; status: string; sourceText?: string }> } | null;
  audit: Array<{ at: string; actor: string; kind: string; payload: Record<string, unknown> }>;
}

let selected: string | null = null;

export function selectedCustomer(): string | null { return selected; }

function nextLabel(n: CustomerRow['nextAction']): string {
  return n ? `${t(`na_${n.kind}`)} · ${when(n.at)}` : t('none');
}

export async function renderCustomerList(list: HTMLElement, detail: HTMLElement): Promise<void> {
  const rows = await getJson<CustomerRow[]>('/ui/customers');
  if (!rows.length) return replace(list, h('p', { class: 'empty' }, t('noCustomers')));
  const head = h('tr', {}, h('th', {}, t('name')), h('th', {}, t('status')), h('th', { class: 'num' }, t('overdue')), h('th', {}, t('next')));
  const body = rows.map((r) =>
    h('tr', { class: `customer-row${r.id === selected ? ' selected' : ''}`, 'data-id': r.id, onclick: () => void openCustomer(r.id, list, detail) },
      h('td', {}, r.name, r.openAlerts ? h('span', { class: 'badge' }, String(r.openAlerts)) : null),
      h('td', {}, h('span', { class: `status st-${r.status}` }, t(`st_${r.status}`))),
      h('td', { class: 'num' }, amounts(r.overdue)),
      h('td', {}, nextLabel(r.nextAction))),
  );
  replace(list, h('table', { class: 'grid' }, h('thead', {}, head), h('tbody', {}, body)));
}

export async function openCustomer(id: string, list: HTMLElement, detail: HTMLElement): Promise<void> {
  selected = id;
  for (const row of list.querySelectorAll<HTMLElement>('.customer-row')) row.classList.toggle('selected', row.dataset.id === id);
  await renderCase(detail);
}

/** Redraws the open case (after a chat line or an alert changed it). */
export async function renderCase(detail: HTMLElement): Promise<void> {
  if (!selected) return replace(detail, h('p', { class: 'empty' }, t('pick')));
  const d = await getJson<CaseDetail>(`/ui/customers/${encodeURIComponent(selected)}`);
  const chat = detail.querySelector<HTMLElement>('#chat') ?? h('section', { id: 'chat', class: 'chat' });
  const caseEl = h('section', { id: 'case', class: 'case' },
    h('h3', {}, d.customer.name, ' ', h('span', { class: `status st-${d.row.status}` }, t(`st_${d.row.status}`))),
    h('p', { class: 'muted' }, `${t('next')}: ${nextLabel(d.row.nextAction)}`),
    h('h4', {}, t('invoices')),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, t('invoice')), h('th', { class: 'num' }, t('amount')), h('th', { class: 'num' }, t('outstanding')), h('th', {}, t('due')), h('th', {}, t('status')))),
      h('tbody', {}, d.invoices.map((i) => h('tr', {},
        h('td', {}, i.id), h('td', { class: 'num' }, money({ minor: i.amount, currency: i.currency, digits: i.digits })),
        h('td', { class: 'num' }, money({ minor: i.outstanding, currency: i.currency, digits: i.digits })),
        h('td', {}, day(i.dueDate)), h('td', {}, t(`inv_${i.status}`)))))),
    h('h4', {}, t('promises')),
    h('ul', { class: 'promises' }, (d.case?.promises ?? []).map((p) => h('li', { class: `promise pr-${p.status}`, 'data-date': p.date },
      day(p.date), ' · ', t(`pr_${p.status}`), p.sourceText ? h('q', {}, p.sourceText) : null))),
    h('h4', {}, t('timeline')),
    h('ol', { class: 'timeline' }, [...d.audit].reverse().map((a) => h('li', {},
      h('time', {}, when(a.at)), ' ', h('b', {}, a.kind), ' ', h('span', { class: 'muted' }, a.actor),
      typeof a.payload.text === 'string' && a.payload.text ? h('div', { class: 'said' }, a.payload.text) : null))),
  );
  if (!detail.contains(chat)) replace(detail, chat, caseEl);
  else detail.querySelector('#case')?.replaceWith(caseEl);
  await showChat(chat, d.row.localAddress, d.customer.name);
}
