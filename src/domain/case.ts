import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoInstantSchema } from './ids.js';
import { PaymentPromiseSchema } from './promise.js';

export const CaseStatusSchema = z.enum(['active', 'promised', 'paused', 'disputed', 'opted_out', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/**
 * The dunning state of one customer's open invoices. `epoch` changes whenever the plan changes,
 * so a timer that carries an older epoch does nothing when it fires.
 */
export const CaseSchema = z.object({
  customerId: IdSchema,
  status: CaseStatusSchema,
  epoch: z.number().int().nonnegative(),
  /** Index of the next playbook step to send. */
  stepIndex: z.number().int().nonnegative(),
  pausedUntil: IsoInstantSchema.nullable().default(null),
  /** Automatic reminders held until this instant after a rep spoke to the customer. */
  humanContactUntil: IsoInstantSchema.nullable().default(null),
  promises: z.array(PaymentPromiseSchema).default([]),
  remindersSent: z.number().int().nonnegative().default(0),
  unansweredReminders: z.number().int().nonnegative().default(0),
  vagueReplies: z.number().int().nonnegative().default(0),
  confusedReplies: z.number().int().nonnegative().default(0),
  escalationLevel: z.number().int().nonnegative().default(0),
  /** Instants of automated sends, for the rolling 7-day cap. */
  sendHistory: z.array(IsoInstantSchema).default([]),
  /** Ids of events already applied, so a replayed event changes nothing. */
  seenEvents: z.array(z.string()).default([]),
  nextAction: z
    .object({ kind: z.string(), at: IsoInstantSchema, stepIndex: z.number().int().optional() })
    .nullable()
    .default(null),
  /** Plan anchor: the earliest due date among open invoices. */
  anchorDueDate: IsoDateSchema.nullable().default(null),
  updatedAt: IsoInstantSchema.optional(),
});
export type Case = z.infer<typeof CaseSchema>;
