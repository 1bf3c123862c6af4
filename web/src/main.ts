import { getJson, postJson } from './api.js';
import { $, h, replace } from './dom.js';
import { setZone, when } from './format.js';
import { lang, t } from './i18n.js';
import { addChatLine, type ChatLine } from './chat.js';
import { renderCase, renderCustomerList, selectedCustomer } from './customers.js';
import { addAlertNote, loadAlerts, upsertAlert, type AlertView } from './alerts.js';
import { renderAging } from './aging.js';
import { mountImport } from './import.js';

const list = $('#customer-list');
const detail = $('#customer-detail');
const aging = $('#aging');
let tab = 'customers';

function notice(text: string, kind = 'info'): void {
  replace($('#notice'), text ? h('div', { class: `notice ${kind}` }, text) : null);
}

/** Many events arrive in bursts (a reminder is a chat line, an audit entry, a case change): redraw once. */
function debounce(fn: () => Promise<void>, ms: number): () => void {
  let timer: number | undefined;
  return () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void fn().catch((err: Error) => notice(t('failed', { msg: err.message }), 'error')), ms);
  };
}

const refresh = debounce(async () => {
  await renderCustomerList(list, detail);
  if (selectedCustomer()) await renderCase(detail);
  if (tab === 'aging') await renderAging(aging);
}, 300);

async function clock(): Promise<void> {
  const s = await getJson<{ now: string; speed: number; tz: string }>('/ui/status');
  setZone(s.tz);
  replace($('#clock'), `${t('clock')}: ${when(s.now)}`, s.speed !== 1 ? h('span', { class: 'speed' }, ` ${t('speed', { n: s.speed })}`) : null);
}

function showTab(name: string): void {
  tab = name;
  for (const b of document.querySelectorAll<HTMLElement>('nav [data-tab]')) b.classList.toggle('active', b.dataset.tab === name);
  for (const p of document.querySelectorAll<HTMLElement>('main > [data-panel]')) p.hidden = p.dataset.panel !== name;
  if (name === 'aging') void renderAging(aging);
}

function listen(): void {
  const events = new EventSource('/local/events');
  events.onmessage = (e: MessageEvent<string>) => {
    const ev = JSON.parse(e.data) as { type: string; address?: string; line?: ChatLine; alert?: AlertView; escalationId?: string; text?: string };
    if (ev.type === 'chat' && ev.address && ev.line) addChatLine(ev.address, ev.line);
    if (ev.type === 'alert' && ev.alert) upsertAlert(ev.alert);
    if (ev.type === 'alert_note' && ev.escalationId && ev.text) addAlertNote(ev.escalationId, ev.text);
    refresh();
  };
}

async function boot(): Promise<void> {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t!);
  for (const b of document.querySelectorAll<HTMLElement>('nav [data-tab]')) b.addEventListener('click', () => showTab(b.dataset.tab!));
  $('#demo-button').addEventListener('click', async () => {
    const r = await postJson<{ customers: string[]; speed: number }>('/ui/demo');
    notice(r.speed === 1 ? t('demoSlowClock') : t('demoLoaded', { n: r.customers.length }));
    refresh();
  });
  mountImport($('#import'), refresh);
  await clock();
  listen();
  await Promise.all([renderCustomerList(list, detail), loadAlerts(refresh), renderCase(detail)]);
  showTab('customers');
  window.setInterval(() => void clock().catch(() => undefined), 2000);
}

boot().catch((err: Error) => notice(t('failed', { msg: err.message }), 'error'));
