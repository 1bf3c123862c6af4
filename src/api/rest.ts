import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { outstanding } from '../domain/invoice.js';
import { toMajor } from '../domain/money.js';
import type { Runtime } from '../runtime/runtime.js';
import { parseAmount } from '../runtime/import/amount.js';
import { importRows, type RowError, type RowInput } from '../runtime/import/index.js';
import { requireToken } from './auth.js';
import { firstIssue, PauseBodySchema, PaymentBodySchema } from './bodies.js';

export interface ApiDeps {
  config: Config;
  runtime: Pick<Runtime, 'store' | 'queues' | 'services'>;
  logger: Logger;
}

const BODY_LIMIT = '1mb';
const MAX_INVOICES = 10000;

const bad = (res: Response, error: string, extra: Record<string, unknown> = {}) => void res.status(400).json({ error, ...extra });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The REST API under /api: invoices in, payments in, a customer's picture out, pause and resume. */
export function apiRouter({ config, runtime, logger }: ApiDeps): Router {
  const r = express.Router();
  r.use(requireToken(config.DUEBOT_API_TOKEN));
  r.use(express.json({ limit: BODY_LIMIT }));
  const { store, services } = runtime;

  r.post('/invoices', async (req, res) => {
    const body: unknown = req.body;
    const many = Array.isArray(body);
    const items = many ? body : [body];
    if (!items.length || !items.every(isObject)) return bad(res, many ? 'body: every item must be an invoice object' : 'body: expected an invoice object or an array of them');
    if (items.length > MAX_INVOICES) return bad(res, `body: at most ${MAX_INVOICES} invoices per request (use duebot import for files)`);
    const result = await importRows(items as RowInput[], {
      runtime,
      defaults: { timezone: config.DUEBOT_TZ, language: config.DUEBOT_LANG },
    });
    const say = (e: RowError) => `${many ? `[${e.line}].` : ''}${e.field}: ${e.problem}`;
    if (result.refused) return bad(res, say(result.errors[0]!), { errors: result.errors.map(say) });
    res.status(result.summary.imported ? 201 : 200).json(result.summary);
  });

  r.post('/payments', async (req, res) => {
    const parsed = PaymentBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) return bad(res, firstIssue(parsed.error));
    const { invoice: invoiceId, date, id } = parsed.data;
    const invoice = await store.invoices.get(invoiceId);
    if (!invoice) return void res.status(404).json({ error: `invoice: no invoice ${invoiceId}` });
    const amount = parseAmount(parsed.data.amount, invoice.currency);
    if (!amount.ok) return bad(res, `amount: ${amount.problem}`);
    if (amount.symbolCurrency && amount.symbolCurrency !== invoice.currency) return bad(res, `amount: its symbol says ${amount.symbolCurrency} but the invoice is in ${invoice.currency}`);
    const eventId = `api-payment-${id ?? randomUUID()}`;
    // A retried request with the same id answers with the invoice as it stands; the engine would ignore it anyway.
    if (id && (await store.cases.get(invoice.customerId))?.seenEvents.includes(eventId)) return void res.json({ invoice });
    if (amount.minor > outstanding(invoice)) return bad(res, `amount: more than the ${toMajor(outstanding(invoice), invoice.currency)} ${invoice.currency} outstanding on ${invoiceId}`);
    await services.applyNow(invoice.customerId, { type: 'payment', id: eventId, invoiceId, amount: amount.minor, date });
    res.json({ invoice: await store.invoices.get(invoiceId) });
  });

  r.get('/customers/:id', async (req, res) => {
    const view = await services.customerView(String(req.params.id));
    if (!view) return void res.status(404).json({ error: `no customer ${req.params.id}` });
    res.json({ customer: view.customer, invoices: view.invoices, case: view.case, promises: view.case?.promises ?? [], escalations: view.escalations, audit: view.audit });
  });

  r.post('/customers/:id/pause', async (req, res) => {
    const parsed = PauseBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) return bad(res, firstIssue(parsed.error));
    const customer = await store.customers.get(String(req.params.id));
    if (!customer) return void res.status(404).json({ error: `no customer ${req.params.id}` });
    const until = parsed.data.until ?? null;
    const instant = until === null ? null : until.length === 10 ? DateTime.fromISO(until, { zone: customer.timezone }).toUTC().toISO()! : new Date(until).toISOString();
    await services.applyNow(customer.id, { type: 'staff', id: `api-pause-${randomUUID()}`, actor: 'api', action: 'pause', until: instant });
    res.json({ case: await store.cases.get(customer.id) });
  });

  r.post('/customers/:id/resume', async (req, res) => {
    const customer = await store.customers.get(String(req.params.id));
    if (!customer) return void res.status(404).json({ error: `no customer ${req.params.id}` });
    await services.applyNow(customer.id, { type: 'staff', id: `api-resume-${randomUUID()}`, actor: 'api', action: 'resume' });
    res.json({ case: await store.cases.get(customer.id) });
  });

  r.use((req, res) => void res.status(404).json({ error: `no such endpoint: ${req.method} ${req.baseUrl}${req.path}` }));
  // Body-parser failures carry a `type`; anything else is our bug: logged, answered without details.
  r.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large') return void res.status(413).json({ error: `body: larger than the ${BODY_LIMIT.toUpperCase()} limit` });
    if (err.type === 'entity.parse.failed') return void res.status(400).json({ error: 'body: not valid JSON' });
    if (err.status && err.status < 500) return void res.status(err.status).json({ error: `body: ${err.message}` });
    logger.error({ err }, 'API request failed');
    res.status(500).json({ error: 'internal error; see the server log' });
  });
  return r;
}
