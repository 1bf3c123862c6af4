import { getJson } from './api.js';
import { h, replace } from './dom.js';
import { day, money } from './format.js';
import { t } from './i18n.js';

interface Aging {
  asOf: string;
  buckets: Record<string, Record<string, number>>;
  riskClasses: Record<string, Record<string, number>>;
  digits: Record<string, number>;
  classes: string[];
  promisesDueThisWeek: Array<{ customerId: string; date: string; amount: number | null }>;
  promises: { kept: number; broken: number; pending: number; keptRate: number | null };
}

const BUCKETS = ['not_due', '1-30', '31-60', '61-90', '90+'];

/** Horizontal CSS bars, one per label, scaled to the largest amount of the currency. */
function bars(values: Array<[string, number]>, currency: string, digits: number, kind: string): HTMLElement {
  const max = Math.max(1, ...values.map(([, v]) => v));
  return h('div', { class: `bars ${kind}`, 'data-currency': currency }, values.map(([label, v]) =>
    h('div', { class: 'bar-row', 'data-key': label },
      h('span', { class: 'bar-label' }, label),
      h('span', { class: 'bar-track' }, h('span', { class: 'bar', style: `width:${((v / max) * 100).toFixed(1)}%` })),
      h('span', { class: 'bar-value num' }, money({ minor: v, currency, digits })))));
}

export async function renderAging(el: HTMLElement): Promise<void> {
  const a = await getJson<Aging>('/ui/aging');
  const currencies = Object.keys(a.buckets).sort();
  const { kept, broken, pending, keptRate } = a.promises;
  replace(el,
    h('p', { class: 'muted' }, t('asOf', { date: day(a.asOf) })),
    currencies.length ? currencies.map((c) => h('section', { class: 'currency' },
      h('h3', {}, c),
      h('h4', {}, t('byBucket')),
      bars(BUCKETS.map((b) => [t(`b_${b}`), a.buckets[c]?.[b] ?? 0]), c, a.digits[c] ?? 2, 'buckets'),
      h('h4', {}, t('byRisk')),
      bars(a.classes.map((k) => [k, a.riskClasses[c]?.[k] ?? 0]), c, a.digits[c] ?? 2, 'risk'))) : h('p', { class: 'empty' }, t('noOpen')),
    h('h4', {}, t('keptRate')),
    h('p', { id: 'kept-rate' }, `${kept} ${t('kept')} · ${broken} ${t('broken')} · ${pending} ${t('pending')}`,
      keptRate === null ? '' : ` — ${Math.round(keptRate * 100)}%`),
    h('h4', {}, t('promisesWeek')),
    a.promisesDueThisWeek.length
      ? h('ul', { id: 'promises-week' }, a.promisesDueThisWeek.map((p) => h('li', {}, day(p.date), ' · ', p.customerId)))
      : h('p', { class: 'empty' }, t('none')),
  );
}
