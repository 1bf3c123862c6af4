import { testRedis, type TestRedis } from '../support/redis.js';
import { testRuntime, serveApi } from './runtime.js';
import type { Runtime } from '../../src/runtime/runtime.js';

const TOKEN = 'test-token-0123456789abcdef';
let t: TestRedis;
let runtime: Runtime;
let api: { url: string; close: () => Promise<void> };

async function call(method: string, path: string, body?: unknown, token: string | null = TOKEN, raw?: string) {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const INVOICE = { customer_id: 'C100', customer_name: 'Acme', invoice_number: 'INV-100', amount: '12,000.50', currency: 'CNY', issue_date: '2026-03-01', due_date: '2026-04-01', channel: 'local', address: 'acme' };

async function start(env: Record<string, string> = { DUEBOT_API_TOKEN: TOKEN }) {
  runtime = testRuntime(t, env);
  api = await serveApi(runtime);
}

beforeEach(async () => {
  t = await testRedis('api');
});
afterEach(async () => {
  await api?.close();
  await runtime?.close();
  await t.cleanup();
});

describe('REST API: access', () => {
  test('Given no DUEBOT_API_TOKEN, Then the API is closed with a clear error', async () => {
    await start({});
    expect(await call('GET', '/api/customers/C1')).toEqual({ status: 403, body: { error: 'the API is closed: set DUEBOT_API_TOKEN to enable it' } });
  });
  test('Given a token, When a request has none or a wrong one, Then 401', async () => {
    await start();
    expect((await call('GET', '/api/customers/C1', undefined, null)).status).toBe(401);
    expect(await call('GET', '/api/customers/C1', undefined, 'wrong-token-wrong-token')).toEqual({ status: 401, body: { error: 'authorization: the token is not valid' } });
    expect((await call('GET', '/api/customers/C1')).status).toBe(404);
  });
});

describe('REST API: bodies', () => {
  beforeEach(() => start());
  test.each([
    ['an invoice with a negative amount', '/api/invoices', { ...INVOICE, amount: -5 }, 'amount: must be more than zero'],
    ['an invoice with an unknown channel', '/api/invoices', { ...INVOICE, channel: 'fax' }, 'channel: "fax" is not a channel: use slack, wecom or local'],
    ['an array with a bad second invoice', '/api/invoices', [INVOICE, { ...INVOICE, invoice_number: 'INV-101', due_date: '2026-13-01' }], '[1].due_date: not a real calendar date'],
    ['an array of numbers', '/api/invoices', [1, 2], 'body: every item must be an invoice object'],
    ['a payment without an invoice', '/api/payments', { amount: 5, date: '2026-03-01' }, 'invoice: is required'],
    ['a payment with a bad date', '/api/payments', { invoice: 'INV-100', amount: 5, date: '1 March' }, 'date: a date as YYYY-MM-DD'],
    ['a pause with a bad until', '/api/customers/C100/pause', { until: 'soon' }, 'until: a date as YYYY-MM-DD or an ISO 8601 instant'],
  ])('Given %s, Then 400 naming the field', async (_name, path, body, error) => {
    const res = await call('POST', path, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(error);
  });
  test('Given broken JSON, Then 400; Given a body over 1 MB, Then 413', async () => {
    expect(await call('POST', '/api/invoices', undefined, TOKEN, '{"a":')).toEqual({ status: 400, body: { error: 'body: not valid JSON' } });
    const big = await call('POST', '/api/invoices', undefined, TOKEN, JSON.stringify({ x: 'y'.repeat(1_100_000) }));
    expect(big).toEqual({ status: 413, body: { error: 'body: larger than the 1MB limit' } });
  });
});

describe('REST API: invoices, payments, customers, pause', () => {
  beforeEach(() => start());
  test('Given an invoice posted, When a partial then a full payment arrive, Then the invoice shows each and the case closes', async () => {
    expect(await call('POST', '/api/invoices', INVOICE)).toEqual({ status: 201, body: { imported: 1, customers: 1, updated: 0, unchanged: 0, rejected: 0 } });
    // The posted invoice's case is planned at once.
    expect((await runtime.store.cases.get('C100'))?.nextAction).toMatchObject({ kind: 'step' });

    const part = await call('POST', '/api/payments', { invoice: 'INV-100', amount: '2,000.50', date: '2026-03-20' });
    expect(part.status).toBe(200);
    expect(part.body.invoice).toMatchObject({ id: 'INV-100', amount: 1200050, amountPaid: 200050 });
    expect((await call('POST', '/api/payments', { invoice: 'INV-100', amount: 10001, date: '2026-03-20' })).body.error).toBe('amount: more than the 10000 CNY outstanding on INV-100');

    const full = await call('POST', '/api/payments', { invoice: 'INV-100', amount: 10000, date: '2026-03-21', id: 'bank-77' });
    expect(full.body.invoice).toMatchObject({ amountPaid: 1200050, status: 'paid' });
    const again = await call('POST', '/api/payments', { invoice: 'INV-100', amount: 10000, date: '2026-03-21', id: 'bank-77' });
    expect(again.body.invoice).toMatchObject({ amountPaid: 1200050 });

    const view = await call('GET', '/api/customers/C100');
    expect(view.status).toBe(200);
    expect(view.body.customer).toMatchObject({ id: 'C100', name: 'Acme' });
    expect(view.body.case).toMatchObject({ status: 'closed' });
    expect(view.body.audit.map((a: { kind: string }) => a.kind)).toEqual(expect.arrayContaining(['invoices_changed', 'payment']));
    expect(Array.isArray(view.body.promises)).toBe(true);
  });

  test('Given a customer, When paused until a date and resumed, Then the case says so; unknown ids get 404', async () => {
    await call('POST', '/api/invoices', INVOICE);
    const paused = await call('POST', '/api/customers/C100/pause', { until: '2026-04-10' });
    expect(paused.body.case).toMatchObject({ status: 'paused', pausedUntil: '2026-04-09T16:00:00.000Z' });
    const resumed = await call('POST', '/api/customers/C100/resume', {});
    expect(resumed.body.case.status).not.toBe('paused');
    expect((await call('POST', '/api/customers/NOPE/pause', {})).status).toBe(404);
    expect((await call('POST', '/api/payments', { invoice: 'NOPE', amount: 1, date: '2026-03-01' })).status).toBe(404);
  });
});
