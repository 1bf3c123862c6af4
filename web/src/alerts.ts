import { getJson, postJson } from './api.js';
import { h, replace } from './dom.js';
import { when } from './format.js';
import { t } from './i18n.js';

export interface AlertView {
  escalationId: string; customerId: string; customerName: string; reason: string;
  severity: 'info' | 'warning' | 'critical'; status: 'open' | 'acknowledged' | 'resolved';
  assignee?: string; invoices: Array<{ id: string; amount: string; dueDate: string }>; total: string;
  quote?: string; pendingApproval: boolean; history: Array<{ at: string; actor: string; action: string }>;
}

const alerts = new Map<string, AlertView>();
/** Follow-ups under an alert (the customer's answer to a rep), as they arrive while the page is open. */
const notes = new Map<string, string[]>();
let onChange: () => void = () => undefined;

function alertEl(a: AlertView): HTMLElement {
  const act = (action: string) => async () => {
    try {
      upsertAlert(await postJson<AlertView>(`/local/alerts/${encodeURIComponent(a.escalationId)}/${action}`, {}));
      onChange();
    } catch (err) {
      window.alert(t('failed', { msg: (err as Error).message }));
    }
  };
  // The same buttons as the Slack alert; acknowledging twice or approving nothing makes no sense.
  const actions = ['acknowledge', 'assign_to_me', 'snooze_1d', 'mark_paid', 'approve_notice'].filter((x) =>
    (x !== 'acknowledge' || a.status === 'open') && (x !== 'approve_notice' || a.pendingApproval) && a.status !== 'resolved');
  return h('article', { class: `alert sev-${a.severity} al-${a.status}`, 'data-id': a.escalationId, 'data-customer': a.customerId },
    h('header', {}, h('b', {}, a.customerName), ' · ', a.reason, h('span', { class: 'alert-status' }, t(`al_${a.status}`))),
    h('div', {}, a.total, a.invoices.length ? h('span', { class: 'muted' }, ` (${a.invoices.map((i) => i.id).join(', ')})`) : null),
    a.quote ? h('blockquote', {}, a.quote) : null,
    a.assignee ? h('div', { class: 'muted' }, t('assignee', { name: a.assignee })) : null,
    a.pendingApproval ? h('div', { class: 'warn' }, t('awaitingApproval')) : null,
    h('div', { class: 'buttons' }, actions.map((x) => h('button', { 'data-action': x, onclick: () => void act(x)() }, t(x)))),
    (notes.get(a.escalationId) ?? []).map((n) => h('blockquote', { class: 'note' }, n)),
    a.history.length ? h('ul', { class: 'history' }, a.history.map((e) => h('li', {}, when(e.at), ' ', e.actor, ': ', e.action))) : null,
  );
}

function draw(): void {
  const el = document.querySelector<HTMLElement>('#alerts');
  if (!el) return;
  if (!alerts.size) return replace(el, h('p', { class: 'empty' }, t('noAlerts')));
  // Open alerts first, newest first within each group.
  const list = [...alerts.values()].reverse().sort((x, y) => Number(x.status !== 'open') - Number(y.status !== 'open'));
  replace(el, list.map(alertEl));
}

export function upsertAlert(a: AlertView): void {
  alerts.set(a.escalationId, a);
  draw();
}

export function addAlertNote(escalationId: string, text: string): void {
  notes.set(escalationId, [...(notes.get(escalationId) ?? []), text]);
  draw();
}

export async function loadAlerts(changed: () => void): Promise<void> {
  onChange = changed;
  alerts.clear();
  for (const a of (await getJson<AlertView[]>('/local/alerts')).reverse()) alerts.set(a.escalationId, a);
  draw();
}
