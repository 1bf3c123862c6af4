import { z } from 'zod';
import { InputError } from '../errors.js';
import { isIsoDate } from './local-date.js';
import raw from './cn-overrides.json' with { type: 'json' };

/** One year's published schedule, as staff copy it from the State Council notice. */
const DayNames = z.record(z.string().refine(isIsoDate, 'a date as YYYY-MM-DD'), z.string().min(1));
const YearSchema = z.object({
  source: z.string().min(1),
  confirmed: z.boolean().default(true),
  holidays: DayNames,
  workdays: DayNames.default({}),
  inLieuDays: DayNames.default({}),
});
const FileSchema = z.object({ $comment: z.string().optional(), years: z.record(z.string().regex(/^\d{4}$/), YearSchema) });

export type OverrideYear = z.infer<typeof YearSchema>;

/** Parses an override document; every date must lie in the year it is filed under. */
export function parseOverrides(doc: unknown): Map<number, OverrideYear> {
  const parsed = FileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`cn-overrides.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, issue?.path.join('.'));
  }
  const years = new Map<number, OverrideYear>();
  for (const [year, entry] of Object.entries(parsed.data.years)) {
    for (const date of [...Object.keys(entry.holidays), ...Object.keys(entry.workdays), ...Object.keys(entry.inLieuDays)]) {
      if (!date.startsWith(`${year}-`)) throw new InputError(`cn-overrides.json: ${date} is filed under ${year}`, `years.${year}`);
    }
    years.set(Number(year), entry);
  }
  return years;
}

/** The shipped override file, validated once at load: a broken file stops the start with a clear message. */
export const shippedOverrides: Map<number, OverrideYear> = parseOverrides(raw);
