import { minorDigits } from '../../domain/money.js';

const SYMBOLS: Record<string, string> = { '¥': 'CNY', $: 'USD', '€': 'EUR', '£': 'GBP' };

export type AmountResult = { ok: true; minor: number; symbolCurrency?: string } | { ok: false; problem: string };

/**
 * "12,000.50", "¥12000", "12000元" or a JSON number → integer minor units, without ever going through
 * a float for strings. Full-width digits and ￥ from Chinese Excel are folded first.
 */
export function parseAmount(value: unknown, currency: string): AmountResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: 'must be a number' };
    return parseAmount(String(value), currency);
  }
  if (typeof value !== 'string') return { ok: false, problem: 'must be an amount such as 12000.50' };
  let s = value.normalize('NFKC').trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, problem: 'is required' };
  let negative = false;
  if (s.startsWith('-') || (s.startsWith('(') && s.endsWith(')'))) {
    negative = true;
    s = s.replace(/^[-(]|\)$/g, '');
  }
  let symbolCurrency: string | undefined;
  const symbol = SYMBOLS[s[0]!];
  if (symbol) {
    symbolCurrency = symbol;
    s = s.slice(1);
  }
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(/元$/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return { ok: false, problem: `"${value}" is not an amount such as 12,000.50 or ¥12000` };
  const [whole, fraction = ''] = s.replace(/,/g, '').split('.') as [string, string?];
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, problem: `has more decimals than ${currency} allows (${digits})` };
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: 'is too large' };
  if (negative || minor === 0) return { ok: false, problem: 'must be more than zero' };
  return { ok: true, minor, ...(symbolCurrency ? { symbolCurrency } : {}) };
}
