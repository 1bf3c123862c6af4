import { z } from 'zod';
import { RiskClassSchema } from '../../domain/customer.js';

export const ToneSchema = z.enum(['friendly', 'clear', 'firm', 'formal']);
export type Tone = z.infer<typeof ToneSchema>;

/** Rungs of the escalation ladder, lowest first. */
export const RungSchema = z.enum(['rep', 'team', 'manager', 'legal']);
export type Rung = z.infer<typeof RungSchema>;

/** "-7d", "0d", "+3d" (or a bare integer number of days) relative to the due date. */
const OffsetSchema = z.union([
  z.number().int(),
  z.string().regex(/^[+-]?\d+d$/, 'an offset in days such as -7d, 0d or +3d').transform((s) => Number.parseInt(s, 10)),
]);

const TemplateNameSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a template name in lower_snake_case');

export const StepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a step id in lower-case letters, digits, - and _'),
    offset: OffsetSchema,
    tone: ToneSchema,
    /** The customer message; a step without one only alerts staff (e.g. legal review). */
    template: TemplateNameSchema.optional(),
    /** Staff are alerted at this rung when the step fires. */
    alert: RungSchema.optional(),
    /** The message is a draft: staff must approve it before it goes out. */
    approval: z.boolean().default(false),
  })
  .strict()
  .refine((s) => s.template !== undefined || s.alert !== undefined, { message: 'a step needs a template, an alert, or both' })
  .refine((s) => !s.approval || s.template !== undefined, { message: 'approval needs a template to approve', path: ['approval'] });
export type Step = z.infer<typeof StepSchema>;

const InstalmentPlanSchema = z
  .object({
    /** Number of equal parts, the first due at once. */
    parts: z.number().int().min(2).max(12),
    /** Days between parts. */
    everyDays: z.number().int().min(1).max(92),
  })
  .strict();
export type InstalmentPlan = z.infer<typeof InstalmentPlanSchema>;

const RoutesSchema = z
  .object({
    broken_promise: RungSchema.default('rep'),
    late_promise: RungSchema.default('rep'),
    repeated_promises: RungSchema.default('manager'),
    vague: RungSchema.default('rep'),
    paid_claim: RungSchema.default('team'),
    dispute: RungSchema.default('rep'),
    hardship: RungSchema.default('team'),
    hostility: RungSchema.default('team'),
    confusion: RungSchema.default('rep'),
    silence: RungSchema.default('team'),
    opt_out: RungSchema.default('rep'),
  })
  .strict();
export type AlertReason = keyof z.infer<typeof RoutesSchema>;

const PayeeSchema = z
  .object({ name: z.string().min(1), bank: z.string().min(1), account: z.string().min(1), note: z.string().optional() })
  .strict();

export const PlaybookSchema = z
  .object({
    name: z.string().min(1),
    /** Folder of the message templates, relative to the playbook file. */
    templates: z.string().min(1).default('templates'),
    steps: z.array(StepSchema).min(1),
    promises: z
      .object({
        /** Repeat the date and amount back to the customer with confirm / change buttons. */
        confirm: z.boolean().default(true),
        /** Working days after the promised date before the promise counts as broken. */
        graceDays: z.number().int().min(0).max(30).default(1),
        /** Promises a customer may make on one case; the next one alerts staff. */
        maxPromises: z.number().int().min(1).max(20).default(2),
        /** The latest promised date the bot accepts alone, in days from the reply; later dates go to staff. */
        latestAcceptableDays: z.number().int().min(1).max(365).default(30),
        /** Days of choices offered when asking for a concrete date. */
        choiceDays: z.array(z.number().int().min(1).max(365)).min(1).max(5).default([3, 7, 14]),
      })
      .strict(),
    vague: z.object({ alertAfter: z.number().int().min(1).default(2) }).strict(),
    confusion: z.object({ alertAfter: z.number().int().min(1).default(2) }).strict(),
    /** Words that mark a reply as hostile (matched case-insensitively); a hostile reply alerts staff. */
    hostility: z.object({ words: z.array(z.string().min(1)).default([]) }).strict(),
    silence: z.object({ unansweredBeforeEscalation: z.number().int().min(1).default(3) }).strict(),
    paidClaim: z.object({ holdDays: z.number().int().min(1).max(60).default(5) }).strict(),
    hardship: z
      .object({
        holdDays: z.number().int().min(1).max(60).default(5),
        /** Offered on hardship; empty means "a person will call". */
        instalments: z.array(InstalmentPlanSchema).default([]),
      })
      .strict(),
    /** Automatic reminders wait this many days after a rep's own message. */
    humanContactPauseDays: z.number().int().min(0).max(60).default(3),
    /** Automated messages per customer per rolling 7 days. */
    weeklyCap: z.number().int().min(1).max(14).default(2),
    timing: z
      .object({
        /** Overdue follow-ups prefer Fri, Thu, Tue. */
        preferGoodWeekdays: z.boolean().default(true),
        /** Overdue follow-ups land 1–3 days before a customer's known income day. */
        nearIncomeDay: z.boolean().default(true),
      })
      .strict()
      .default({ preferGoodWeekdays: true, nearIncomeDay: true }),
    routes: RoutesSchema.default(RoutesSchema.parse({})),
    /** First day overdue (0 = not yet due) from which each risk class applies, ascending. */
    aging: z
      .array(z.object({ class: RiskClassSchema, fromDays: z.number().int() }).strict())
      .min(1)
      .refine((a) => a.every((r, i) => i === 0 || r.fromDays > a[i - 1]!.fromDays), 'fromDays must rise from class to class'),
    /** Whether amounts may appear in a channel other people of the customer can read. */
    sharedChannels: z.object({ showAmounts: z.boolean().default(false) }).strict(),
    payee: z.object({ zh: PayeeSchema, en: PayeeSchema }).strict(),
  })
  .strict()
  .refine((p) => p.steps.every((s, i) => i === 0 || s.offset > p.steps[i - 1]!.offset), {
    message: 'step offsets must increase from step to step',
    path: ['steps'],
  })
  .refine((p) => new Set(p.steps.map((s) => s.id)).size === p.steps.length, { message: 'step ids must be unique', path: ['steps'] });

export type PlaybookData = z.infer<typeof PlaybookSchema>;
