import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoInstantSchema } from '../domain/ids.js';

export const PaymentBodySchema = z.object({
  invoice: IdSchema,
  /** Major units as people write them: 12000.5 or "12,000.50". */
  amount: z.union([z.number(), z.string()], { error: (iss) => (iss.input === undefined ? 'is required' : 'must be an amount such as 12000.50') }),
  date: IsoDateSchema,
  /** Optional idempotency key: the same id sent twice records the payment once. */
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, '1–64 letters, digits, _ . or -').optional(),
});

export const PauseBodySchema = z.object({
  /** A date (paused until that day starts in the customer's zone) or an instant; absent or null: until resumed. */
  until: z.union([IsoDateSchema, IsoInstantSchema], { error: 'a date as YYYY-MM-DD or an ISO 8601 instant' }).nullable().optional(),
});

/** The first problem, as `field: problem`, for a 400 answer. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : 'body';
  return `${field}: ${issue.input === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message}`;
}
