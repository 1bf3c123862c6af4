import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoInstantSchema } from './ids.js';
import { PaymentPromiseSchema } from './promise.js';
import { EscalationSchema } from './escalation.js';

export const CaseStatusSchema = z.enum(['active', 'promised', 'paused', 'disputed', 'opted_out', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Why the case is paused: the runtime and dashboard show it, and a resume knows what it ends. */
export const PauseReasonSchema = z.enum(['staff', 'snoozed', 'paid_claim', 'hardship']);
export type PauseReason = z.infer<typeof PauseReasonSchema>;

/** A promised date later than the playbook accepts waits here for staff to accept or reject it. */
export const PromiseProposalSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  amount: z.number().int().nonnegative().nullable(),
  sourceMessageId: z.string().optional(),
  sourceText: z.string().max(2000).optional(),
  madeAt: IsoInstantSchema,
  escalationId: IdSchema,
});
export type PromiseProposal = z.infer<typeof PromiseProposalSchema>;

/** A formal notice drafted by a step, sent only when staff approve it. */
export const PendingNoticeSchema = z.object({
  escalationId: IdSchema,
  stepIndex: z.number().int().nonnegative(),
  epoch: z.number().int().nonnegative(),
});
export type PendingNotice = z.infer<typeof PendingNoticeSchema>;

export const NextActionSchema = z.object({
  kind: z.enum(['step', 'promise_check', 'resume']),
  at: IsoInstantSchema,
  stepIndex: z.number().int().optional(),
  promiseId: z.string().optional(),
});
export type NextAction = z.infer<typeof NextActionSchema>;

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
  /** Step offsets count from this date: the earliest open due date, moved forward by partial payments. */
  anchorDate: IsoDateSchema.nullable().default(null),
  pausedUntil: IsoInstantSchema.nullable().default(null),
  pauseReason: PauseReasonSchema.nullable().default(null),
  /** Automatic reminders held until this instant after a rep spoke to the customer. */
  humanContactUntil: IsoInstantSchema.nullable().default(null),
  promises: z.array(PaymentPromiseSchema).default([]),
  proposal: PromiseProposalSchema.nullable().default(null),
  /** Money received on this case, newest last: shows whether a promise of a given amount was kept. */
  payments: z
    .array(z.object({ invoiceId: IdSchema, amount: z.number().int(), date: IsoDateSchema, at: IsoInstantSchema }))
    .default([]),
  pendingNotices: z.array(PendingNoticeSchema).default([]),
  /** Escalations this case raised, with their current status (the runtime holds the alert messages). */
  escalations: z.array(EscalationSchema).default([]),
  remindersSent: z.number().int().nonnegative().default(0),
  unansweredReminders: z.number().int().nonnegative().default(0),
  vagueReplies: z.number().int().nonnegative().default(0),
  confusedReplies: z.number().int().nonnegative().default(0),
  /** Highest rung of the playbook's ladder reached: 0 none, 1 rep, 2 team, 3 manager, 4 legal. */
  escalationLevel: z.number().int().nonnegative().default(0),
  /** Instants of automated sends, for the rolling 7-day cap. */
  sendHistory: z.array(IsoInstantSchema).default([]),
  /** Ids of events already applied (the most recent ones), so a replayed event changes nothing. */
  seenEvents: z.array(z.string()).default([]),
  nextAction: NextActionSchema.nullable().default(null),
  updatedAt: IsoInstantSchema.optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** A fresh case: the first `invoices_changed` event plans it. */
export function newCase(customerId: string): Case {
  return CaseSchema.parse({ customerId, status: 'active', epoch: 0, stepIndex: 0 });
}
