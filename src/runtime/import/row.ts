import { z } from 'zod';
import { CurrencySchema } from '../../domain/money.js';
import { plainName, IdSchema, IsoDateSchema, LanguageSchema, PlatformSchema, TimeZoneSchema, type Language, type Platform } from '../../domain/ids.js';
import { COLUMNS, type Column } from './columns.js';
import { parseAmount } from './amount.js';
import { normalizeDate } from './dates.js';

/** One bad field of one row; `line` is the file's line number (the header is line 1), absent for JSON bodies. */
export interface RowError {
  line?: number;
  field: string;
  problem: string;
}

export function formatRowError(e: RowError): string {
  return e.line !== undefined ? `line ${e.line}: ${e.field}: ${e.problem}` : `${e.field}: ${e.problem}`;
}

/** A valid row: the customer it names, the chat it gives (if any), and the invoice. Amount in minor units. */
export interface ImportRow {
  line?: number;
  customer: { id: string; name: string; language?: Language; timezone?: string; rep?: string };
  contact?: { platform: Platform; address: string };
  invoice: { id: string; customerId: string; amount: number; currency: string; issueDate: string; dueDate: string };
}

export const DEFAULT_CURRENCY = 'CNY';

const required = (iss: { input: unknown }) => (iss.input === undefined ? 'is required' : 'must be text');
/** Cells are trimmed and blank means "not given", so optional columns may be left empty. */
const cell = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const t = v.normalize('NFKC').trim();
  return t === '' ? undefined : t;
};
const nameCell = (v: unknown) => cell(typeof v === 'string' ? plainName(v) : v);
const date = z.preprocess((v) => (typeof cell(v) === 'string' ? normalizeDate(cell(v) as string) : cell(v)), z.string({ error: required }).pipe(IsoDateSchema));

/** Checking a zone builds an Intl formatter (slow); a file names a handful of zones over and over. */
const zones = new Map<string, boolean>();
function knownZone(tz: string): boolean {
  let ok = zones.get(tz);
  if (ok === undefined) zones.set(tz, (ok = TimeZoneSchema.safeParse(tz).success));
  return ok;
}

/** @internal exported for the test that holds fastParse to it. */
export const RowSchema = z.object({
  customer_id: z.preprocess(cell, z.string({ error: required }).pipe(IdSchema)),
  customer_name: z.preprocess(nameCell, z.string({ error: required }).max(200, 'must be at most 200 characters')),
  invoice_number: z.preprocess(cell, z.string({ error: required }).pipe(IdSchema)),
  amount: z.preprocess(cell, z.union([z.string(), z.number()], { error: (iss) => (iss.input === undefined ? 'is required' : 'must be an amount such as 12000.50') })),
  currency: z.preprocess((v) => (typeof cell(v) === 'string' ? (cell(v) as string).toUpperCase() : cell(v)), CurrencySchema.optional()),
  issue_date: date,
  due_date: date,
  channel: z.preprocess(
    (v) => (typeof cell(v) === 'string' ? (cell(v) as string).toLowerCase() : cell(v)),
    PlatformSchema.optional().or(z.any().refine(() => false, { error: (iss) => `"${String(iss.input)}" is not a channel: use slack, wecom or local` })),
  ),
  address: z.preprocess(cell, z.string().max(256, 'must be at most 256 characters').optional()),
  language: z.preprocess((v) => (typeof cell(v) === 'string' ? (cell(v) as string).toLowerCase() : cell(v)), z.enum(LanguageSchema.options, { error: 'must be zh or en' }).optional()),
  timezone: z.preprocess(cell, z.string().refine(knownZone, 'an IANA time zone such as Asia/Shanghai').optional()),
  rep: z.preprocess(nameCell, z.string().max(200, 'must be at most 200 characters').optional()),
});

export type RowInput = Partial<Record<Column, unknown>>;
type RowData = z.output<typeof RowSchema>;

// What RowSchema checks, without zod's per-field machinery, for rows whose every cell is plainly
// fine. Anything unusual (non-text cells, a bad value) returns undefined and goes through RowSchema,
// which alone words the errors; for a good row both give the same data.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ID_CHARS = /^[^\s:{}\u0000-\u001f\u007f]+$/;
const ID_VISIBLE = /^[^\p{Cf}\p{Zl}\p{Zp}]+$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const PLATFORMS: ReadonlySet<string> = new Set(PlatformSchema.options);
const LANGUAGES: ReadonlySet<string> = new Set(LanguageSchema.options);

/** A file has a few hundred distinct dates at most: each is checked once. */
const dateVerdicts = new Map<string, boolean>();
function realDate(s: string): boolean {
  let ok = dateVerdicts.get(s);
  if (ok === undefined) {
    ok = IsoDateSchema.safeParse(s).success;
    if (dateVerdicts.size < 10_000) dateVerdicts.set(s, ok);
  }
  return ok;
}

/** cell() for text; printable ASCII is its own NFKC form. */
function textCell(v: string): string | undefined {
  const t = PRINTABLE_ASCII.test(v) ? v.trim() : v.normalize('NFKC').trim();
  return t === '' ? undefined : t;
}
const fastId = (v: string | undefined) => v !== undefined && v.length <= 128 && ID_CHARS.test(v) && ID_VISIBLE.test(v);
function fastDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const c = textCell(v);
  if (c === undefined) return undefined;
  const d = ISO_DATE.test(c) ? c : normalizeDate(c);
  return ISO_DATE.test(d) && realDate(d) ? d : undefined;
}

/** @internal */
export function fastParse(input: RowInput): RowData | undefined {
  for (const col of COLUMNS) {
    const v = input[col];
    if (v !== undefined && typeof v !== 'string') return undefined;
  }
  const s = input as Partial<Record<Column, string>>;
  const opt = (v: string | undefined) => (v === undefined ? undefined : textCell(v));
  const customer_id = opt(s.customer_id);
  const invoice_number = opt(s.invoice_number);
  if (!fastId(customer_id) || !fastId(invoice_number)) return undefined;
  const customer_name = opt(s.customer_name === undefined ? undefined : plainName(s.customer_name));
  if (customer_name === undefined || customer_name.length > 200) return undefined;
  const amount = opt(s.amount);
  if (amount === undefined) return undefined;
  const currency = opt(s.currency)?.toUpperCase();
  if (currency !== undefined && !CURRENCY.test(currency)) return undefined;
  const issue_date = fastDate(s.issue_date);
  const due_date = fastDate(s.due_date);
  if (issue_date === undefined || due_date === undefined) return undefined;
  const channel = opt(s.channel)?.toLowerCase();
  if (channel !== undefined && !PLATFORMS.has(channel)) return undefined;
  const address = opt(s.address);
  if (address !== undefined && address.length > 256) return undefined;
  const language = opt(s.language)?.toLowerCase();
  if (language !== undefined && !LANGUAGES.has(language)) return undefined;
  const timezone = opt(s.timezone);
  if (timezone !== undefined && !knownZone(timezone)) return undefined;
  const rep = opt(s.rep === undefined ? undefined : plainName(s.rep));
  if (rep !== undefined && rep.length > 200) return undefined;
  return {
    customer_id: customer_id!,
    customer_name,
    invoice_number: invoice_number!,
    amount,
    currency,
    issue_date,
    due_date,
    channel: channel as Platform | undefined,
    address,
    language: language as Language | undefined,
    timezone,
    rep,
  };
}

/**
 * Validates one row (a CSV record or a JSON object with the same fields). Every bad field is
 * reported, named as the input named it (`names` maps canonical columns to the file's headers).
 */
export function validateRow(input: RowInput, line?: number, names: Partial<Record<Column, string>> = {}): { row: ImportRow } | { errors: RowError[] } {
  const at = (field: Column, problem: string): RowError => ({ ...(line !== undefined ? { line } : {}), field: names[field] ?? field, problem });
  const errors: RowError[] = [];
  const fast = fastParse(input);
  const parsed = fast ? ({ success: true, data: fast } as const) : RowSchema.safeParse(input);
  const currencyGiven = cell(input.currency);
  const currency = parsed.success ? (parsed.data.currency ?? DEFAULT_CURRENCY) : typeof currencyGiven === 'string' && /^[A-Za-z]{3}$/.test(currencyGiven) ? currencyGiven.toUpperCase() : DEFAULT_CURRENCY;
  const amountCell = cell(input.amount);
  const amount = parseAmount(amountCell, currency);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(at(issue.path[0] as Column, issue.message));
    if (!amount.ok && amountCell !== undefined && (typeof amountCell === 'string' || typeof amountCell === 'number')) errors.push(at('amount', amount.problem));
    return { errors: inColumnOrder(firstPerField(errors), names) };
  }
  const r = parsed.data;
  if (!amount.ok) errors.push(at('amount', amount.problem));
  else if (amount.symbolCurrency && r.currency && amount.symbolCurrency !== r.currency && !(amount.symbolCurrency === 'CNY' && r.currency === 'JPY')) {
    errors.push(at('amount', `its symbol says ${amount.symbolCurrency} but currency is ${r.currency}`));
  }
  if (r.due_date < r.issue_date) errors.push(at('due_date', `${r.due_date} is before the issue date ${r.issue_date}`));
  if ((r.channel === undefined) !== (r.address === undefined)) {
    errors.push(r.channel === undefined ? at('channel', 'is required when an address is given') : at('address', 'is required when a channel is given'));
  }
  if (errors.length || !amount.ok) return { errors: inColumnOrder(errors, names) };
  return {
    row: {
      ...(line !== undefined ? { line } : {}),
      customer: {
        id: r.customer_id,
        name: r.customer_name,
        ...(r.language ? { language: r.language } : {}),
        ...(r.timezone ? { timezone: r.timezone } : {}),
        ...(r.rep ? { rep: r.rep } : {}),
      },
      ...(r.channel && r.address ? { contact: { platform: r.channel, address: r.address } } : {}),
      invoice: {
        id: r.invoice_number,
        customerId: r.customer_id,
        amount: amount.minor,
        currency: r.currency ?? amount.symbolCurrency ?? DEFAULT_CURRENCY,
        issueDate: r.issue_date,
        dueDate: r.due_date,
      },
    },
  };
}

function inColumnOrder(errors: RowError[], names: Partial<Record<Column, string>>): RowError[] {
  const rank = (e: RowError) => COLUMNS.findIndex((c) => c === e.field || names[c] === e.field);
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** One problem per field is enough to fix it; a second ("not a date" and "not a real date") is noise. */
function firstPerField(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}
