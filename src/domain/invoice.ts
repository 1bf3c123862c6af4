import { z } from 'zod';
import { CurrencySchema, } from './money.js';
import { IdSchema, IsoDateSchema } from './ids.js';

export const InvoiceStatusSchema = z.enum(['open', 'promised', 'paid', 'disputed', 'written_off']);
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;

export const InvoiceSchema = z.object({
  /** The invoice number is its id. */
  id: IdSchema,
  customerId: IdSchema,
  /** Integer minor units. */
  amount: z.number().int().positive('must be more than zero'),
  currency: CurrencySchema,
  issueDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  status: InvoiceStatusSchema.default('open'),
  /** Integer minor units received so far. */
  amountPaid: z.number().int().nonnegative().default(0),
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export function outstanding(inv: Pick<Invoice, 'amount' | 'amountPaid'>): number {
  return Math.max(0, inv.amount - inv.amountPaid);
}

export function isOpen(inv: Pick<Invoice, 'status'>): boolean {
  return inv.status === 'open' || inv.status === 'promised' || inv.status === 'disputed';
}
