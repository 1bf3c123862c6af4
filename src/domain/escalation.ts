import { z } from 'zod';
import { IdSchema, IsoInstantSchema } from './ids.js';

export const SeveritySchema = z.enum(['info', 'warning', 'critical']);
export const EscalationStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);

export const EscalationSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  /** Machine-readable reason: broken_promise, silence, dispute, hardship, paid_claim, hostility, ... */
  reason: z.string().min(1),
  severity: SeveritySchema,
  /** rep | team | manager | legal: the rung of the playbook's ladder. */
  target: z.string().min(1),
  status: EscalationStatusSchema,
  assignee: z.string().optional(),
  /** The customer's own words, when the alert is about a reply. */
  quote: z.string().max(2000).optional(),
  invoiceIds: z.array(IdSchema).default([]),
  raisedAt: IsoInstantSchema,
  /** A formal notice waiting for staff approval. */
  pendingApproval: z.boolean().default(false),
  history: z
    .array(z.object({ at: IsoInstantSchema, actor: z.string(), action: z.string() }))
    .default([]),
});
export type Escalation = z.infer<typeof EscalationSchema>;
