import { z } from 'zod';
import { IsoInstantSchema } from './ids.js';

/** One line of the evidence trail: who said or did what, when, through which chat. */
export const AuditEntrySchema = z.object({
  at: IsoInstantSchema,
  /** 'bot', 'staff:<id>', 'customer:<platform>:<address>' or 'system'. */
  actor: z.string().min(1),
  kind: z.string().min(1),
  customerId: z.string().optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
  platformMessageId: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
