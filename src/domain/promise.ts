import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoInstantSchema } from './ids.js';

export const PromiseStatusSchema = z.enum(['pending', 'kept', 'broken']);

/** A customer's commitment to pay on a date ("下周五付"). Named PaymentPromise to avoid the JS built-in. */
export const PaymentPromiseSchema = z.object({
  id: IdSchema,
  invoiceIds: z.array(IdSchema).min(1),
  date: IsoDateSchema,
  /** Integer minor units, or null when the customer named no figure (the whole outstanding amount). */
  amount: z.number().int().nonnegative().nullable(),
  currency: z.string().optional(),
  sourceMessageId: z.string().optional(),
  sourceText: z.string().max(2000).optional(),
  madeAt: IsoInstantSchema,
  status: PromiseStatusSchema,
});
export type PaymentPromise = z.infer<typeof PaymentPromiseSchema>;
