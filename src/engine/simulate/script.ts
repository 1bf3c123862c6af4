import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defaultHolidayCalendar, HolidayCalendarSchema } from '../../domain/customer.js';
import { CurrencySchema } from '../../domain/money.js';
import { IdSchema, IsoDateSchema, IsoInstantSchema, LanguageSchema, TimeZoneSchema } from '../../domain/ids.js';
import { InputError } from '../../errors.js';
import { parseWithSchema, parseYamlWithLines } from '../playbook/yaml-errors.js';

/** Amounts in a script are written as people write them (12000 or 12000.50), in major units. */
const MajorAmount = z.number().positive('must be more than zero');

const StaffSchema = z
  .object({
    action: z.enum(['acknowledge', 'assign', 'snooze', 'pause', 'resume', 'mark_paid', 'mark_disputed', 'approve_notice', 'accept_promise', 'reject_promise', 'rep_message']),
    actor: z.string().min(1).default('staff'),
    /** Which open alert, by reason (the latest open one with it): formal_notice, dispute, broken_promise, … */
    alert: z.string().optional(),
    assignee: z.string().optional(),
    until: IsoInstantSchema.nullable().optional(),
    invoice: IdSchema.optional(),
    text: z.string().min(1).optional(),
    repName: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.action !== 'rep_message' || s.text !== undefined, { message: 'rep_message needs text', path: ['text'] })
  .refine((s) => s.action !== 'snooze' || typeof s.until === 'string', { message: 'snooze needs until', path: ['until'] })
  .refine((s) => s.action !== 'assign' || s.assignee !== undefined, { message: 'assign needs assignee', path: ['assignee'] });

const ScriptEventSchema = z
  .object({
    at: IsoInstantSchema,
    reply: z.string().min(1).optional(),
    payment: z.object({ invoice: IdSchema, amount: MajorAmount, date: IsoDateSchema.optional() }).strict().optional(),
    staff: StaffSchema.optional(),
    opt_out: z.literal(true).optional(),
  })
  .strict()
  .refine((e) => [e.reply, e.payment, e.staff, e.opt_out].filter((x) => x !== undefined).length === 1, {
    message: 'an event needs exactly one of reply, payment, staff, opt_out',
  });
export type ScriptEvent = z.infer<typeof ScriptEventSchema>;

export const ScriptSchema = z
  .object({
    customer: z
      .object({
        id: IdSchema,
        name: z.string().min(1),
        language: LanguageSchema,
        timezone: TimeZoneSchema,
        holidayCalendar: HolidayCalendarSchema.optional(),
        rep: z.string().min(1).optional(),
        incomeDay: z.number().int().min(1).max(31).optional(),
      })
      .strict(),
    /** The customer's chat is shared with others (amounts hidden unless the playbook allows them). */
    sharedChannel: z.boolean().default(false),
    invoices: z
      .array(
        z
          .object({ number: IdSchema, amount: MajorAmount, currency: CurrencySchema, issueDate: IsoDateSchema, dueDate: IsoDateSchema })
          .strict(),
      )
      .min(1),
    /** When the invoices are loaded; default: 09:00 local on the earliest issue date. */
    start: IsoInstantSchema.optional(),
    events: z.array(ScriptEventSchema).default([]),
    /** Last day simulated (local). */
    until: IsoDateSchema,
  })
  .strict();
export type Script = z.infer<typeof ScriptSchema>;

export function parseScript(text: string, file: string): Script {
  const script = parseWithSchema(ScriptSchema, parseYamlWithLines(text, file), file);
  return { ...script, customer: { ...script.customer, holidayCalendar: script.customer.holidayCalendar ?? defaultHolidayCalendar(script.customer.timezone) } };
}

export function loadScript(path: string): Script {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseScript(text, path);
}
