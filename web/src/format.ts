import { locale } from './i18n.js';

export interface Amount { minor: number; currency: string; digits: number }

let zone = 'Asia/Shanghai';
/** Times show in the bot's configured zone: the zone the simulated clock and the playbook speak. */
export function setZone(tz: string): void { zone = tz; }

export function money(a: Amount): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: a.currency, minimumFractionDigits: a.digits, maximumFractionDigits: a.digits }).format(a.minor / 10 ** a.digits);
}

export function amounts(list: Amount[]): string {
  return list.length ? list.map(money).join(' + ') : '—';
}

export function when(iso: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function day(isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(new Date(`${isoDate}T00:00:00Z`));
}
