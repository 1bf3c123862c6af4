import { z } from 'zod';

/** ISO 4217 code, upper case. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as CNY or USD');

/** Money is integer minor units (fen, cents) with its currency; never a float. */
export const MoneySchema = z.object({
  minor: z.number().int(),
  currency: CurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** Minor units per major unit: JPY and KRW have none, most currencies two. */
export function minorDigits(currency: string): number {
  const zeroDecimal = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD']);
  if (zeroDecimal.has(currency)) return 0;
  const threeDecimal = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND']);
  return threeDecimal.has(currency) ? 3 : 2;
}

/** Major units (as written by people: 12000.5) → integer minor units, rounding half away from zero. */
export function toMinor(major: number, currency: string): number {
  const factor = 10 ** minorDigits(currency);
  return Math.sign(major) * Math.round(Math.abs(major) * factor);
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

export function money(major: number, currency: string): Money {
  return { minor: toMinor(major, currency), currency };
}
