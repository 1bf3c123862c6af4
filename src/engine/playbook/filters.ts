import { DateTime } from 'luxon';
import type { Language } from '../../domain/ids.js';
import { toMajor, minorDigits } from '../../domain/money.js';

const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Integer minor units → "¥12,000.00" / "CN¥12,000.00", in the message's language. */
export function formatMoney(minor: unknown, currency: unknown, lang: Language): string {
  if (typeof minor !== 'number' || !Number.isInteger(minor)) throw new Error(`money: expected integer minor units, got ${String(minor)}`);
  if (typeof currency !== 'string') throw new Error('money: needs a currency, as in {{ x | money: currency }}');
  return moneyFormat(currency, lang).format(toMajor(minor, currency));
}

// Building an Intl.NumberFormat costs far more than using one: one per currency and language.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, lang: Language): Intl.NumberFormat {
  const key = `${currency}|${lang}`;
  let f = moneyFormats.get(key);
  if (!f) {
    const digits = minorDigits(currency);
    f = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (moneyFormats.size < 500) moneyFormats.set(key, f);
  }
  return f;
}

/** YYYY-MM-DD → "12月4日(周五)" / "Fri 4 Dec"; the year is shown only when it is not the current one's neighbour. */
export function formatDay(iso: unknown, lang: Language): string {
  if (typeof iso !== 'string') throw new Error(`day: expected a YYYY-MM-DD date, got ${String(iso)}`);
  const d = DateTime.fromISO(iso, { zone: 'UTC' });
  if (!d.isValid) throw new Error(`day: ${iso} is not a date`);
  if (lang === 'zh') {
    const weekday = ['一', '二', '三', '四', '五', '六', '日'][d.weekday - 1];
    return `${d.year}年${d.month}月${d.day}日(周${weekday})`;
  }
  return d.setLocale('en-GB').toFormat('ccc d LLL yyyy');
}
