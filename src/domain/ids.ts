import { z } from 'zod';

/** Ids become parts of Redis keys and BullMQ job ids: no ':' (BullMQ forbids it), no spaces or control characters. */
export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[^\s:{}\u0000-\u001f\u007f]+$/, 'letters, digits and -_./# only (no spaces, colons or braces)')
  // "C001\u200b" looks like C001 but is another customer; a direction override reorders what staff read.
  .regex(/^[^\p{Cf}\p{Zl}\p{Zp}]+$/u, 'must not contain invisible characters (zero-width spaces, direction marks)');

/** Direction overrides and isolates (they reorder the text after them) and zero-width spaces: dropped from names. */
const SPOOFING = /[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/** A display name as staff and customers will read it: without characters that hide or reorder text. */
export function plainName(text: string): string {
  return text.replace(SPOOFING, '');
}

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');

export const IsoInstantSchema = z
  .string()
  .refine(isIsoInstant, 'an ISO 8601 instant such as 2026-12-04T10:00:00+08:00');

// The canonical forms duebot writes are checked by the pattern alone (every stored case holds many);
// anything else also has to parse.
const CANONICAL_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoInstant(s: string): boolean {
  if (CANONICAL_INSTANT.test(s)) return true;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}

export const PlatformSchema = z.enum(['local', 'slack', 'wecom']);
export type Platform = z.infer<typeof PlatformSchema>;

export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

// Building an Intl formatter costs most of a millisecond: remember each zone's verdict.
const zoneVerdicts = new Map<string, boolean>();

export function isTimeZone(tz: string): boolean {
  let ok = zoneVerdicts.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    if (zoneVerdicts.size < 1000) zoneVerdicts.set(tz, ok);
  }
  return ok;
}

export const TimeZoneSchema = z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai');
