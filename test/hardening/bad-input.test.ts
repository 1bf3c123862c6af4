import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv } from '../../src/runtime/import/index.js';
import { rejectCsv } from '../../src/runtime/import/reject.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { messageEvent } from '../support/slack-requests.js';
import { runCli } from '../cli/run-cli.js';
import { csv, HEADER } from '../import/fixtures.js';
import { invoice, localCustomer, seed, waitFor } from '../runtime/helpers.js';
import { ALERT_CHANNEL, API_TOKEN, startHardBot, type HardBot } from './bot.js';

const INVOICE = { customer_id: 'C100', customer_name: 'Acme', invoice_number: 'INV-100', amount: '12,000.50', currency: 'CNY', issue_date: '2026-03-01', due_date: '2026-04-01', channel: 'local', address: 'acme' };
const ZWSP = '\u200b';
const RLO = '\u202e';
const HOSTILE = '<!channel> <http://evil.example|click here> @all';

/**
 * Given a whole bot (API, local page, Slack events, workers) on the real Redis,
 * When every entry point gets malformed or hostile input,
 * Then each answers with a clear error or a safe result, nothing is half-written, and /healthz stays ok.
 */
describe('bad input on every entry point', () => {
  let t: TestRedis;
  let h: HardBot;
  const invoiceKeys = async () => (await t.ownKeys()).filter((k) => /:(invoice|customer):/.test(k));

  beforeAll(async () => {
    t = await testRedis('bad-input');
    h = await startHardBot(t);
  });
  afterAll(async () => {
    await h.stop();
    await t.cleanup();
  });
  afterEach(async () => {
    expect(await h.healthy()).toBe(true);
  });

  describe('/api bodies', () => {
    test.each([
      ['an amount that is an object', '/api/invoices', { ...INVOICE, amount: {} }, /^amount: /],
      ['a due date that is a number', '/api/invoices', { ...INVOICE, due_date: 20260401 }, /^due_date: /],
      ['a customer id that is an array', '/api/invoices', { ...INVOICE, customer_id: ['C1'] }, /^customer_id: /],
      ['a customer id with a zero-width space', '/api/invoices', { ...INVOICE, customer_id: `C100${ZWSP}` }, /^customer_id: must not contain invisible characters/],
      ['an invoice number with a direction override', '/api/invoices', { ...INVOICE, invoice_number: `INV-${RLO}001` }, /^invoice_number: must not contain invisible characters/],
      ['null', '/api/invoices', null, /^body: /],
      ['a payment amount that is true', '/api/payments', { invoice: 'INV-100', amount: true, date: '2026-03-01' }, /^amount: /],
      ['a payment with an id full of spaces', '/api/payments', { invoice: 'INV-100', amount: 5, date: '2026-03-01', id: 'a b c' }, /^id: /],
      ['a pause until a number', '/api/customers/C100/pause', { until: 5 }, /^until: /],
    ])('Given %s, Then 400 naming the field, and nothing is written', async (_name, path, body, error) => {
      const before = await invoiceKeys();
      const res = await h.api('POST', path, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(error);
      expect(await invoiceKeys()).toEqual(before);
    });

    test('Given text that is not JSON, Then 400 body: not valid JSON', async () => {
      expect(await h.api('POST', '/api/invoices', undefined, undefined, '{"customer_id": "C1",')).toEqual({ status: 400, body: { error: 'body: not valid JSON' } });
    });

    test('Given a body over 1 MB, Then 413 and nothing is written', async () => {
      const huge = JSON.stringify([...Array(12000)].map((_, i) => ({ ...INVOICE, invoice_number: `INV-H${i}`, customer_name: 'x'.repeat(80) })));
      expect(huge.length).toBeGreaterThan(1024 * 1024);
      const res = await h.api('POST', '/api/invoices', undefined, undefined, huge);
      expect(res).toEqual({ status: 413, body: { error: 'body: larger than the 1MB limit' } });
      expect(await invoiceKeys()).toEqual([]);
    });

    test('Given an array whose second invoice is bad, Then 400 and the good first one is not written either', async () => {
      const res = await h.api('POST', '/api/invoices', [{ ...INVOICE, invoice_number: 'INV-GOOD' }, { ...INVOICE, invoice_number: 'INV-BAD', amount: 'lots' }]);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/^\[1\]\.amount: /);
      expect(await h.bot.runtime.store.invoices.get('INV-GOOD')).toBeNull();
    });

    test('Given a name with a direction override and a __proto__ key, Then the invoice is stored, the name without the override, and no object is polluted', async () => {
      const res = await h.api('POST', '/api/invoices', undefined, undefined, JSON.stringify({ ...INVOICE, customer_id: 'C-RLO', invoice_number: 'INV-RLO', customer_name: `Acme ${RLO}moc.live`, __proto__: { admin: true } }));
      expect(res.status).toBe(201);
      expect((await h.bot.runtime.store.customers.get('C-RLO'))?.name).toBe('Acme moc.live');
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });
  });

  describe('/local chat posts', () => {
    const post = async (body: unknown, raw?: string) => {
      const res = await fetch(`${h.base}/local/chats/chat-L1`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` }, body: raw ?? JSON.stringify(body) });
      return res.status;
    };
    test.each([
      ['no text', {}, 400],
      ['a number for text', { text: 42 }, 400],
      ['only spaces', { text: '   ' }, 400],
      ['9,000 characters', { text: 'a'.repeat(9000) }, 400],
      ['zero-width and direction characters', { text: `I will pay ${ZWSP}${RLO}friday${ZWSP}` }, 202],
    ])('Given %s, Then %s', async (_name, body, status) => {
      expect(await post(body)).toBe(status);
    });
    test('Given 100 KB, Then 413', async () => {
      expect(await post(undefined, JSON.stringify({ text: 'x'.repeat(100 * 1024) }))).toBe(413);
    });
  });

  describe('Slack events with missing fields (signed)', () => {
    test.each([
      ['an event_callback without an event', { type: 'event_callback', team_id: 'T1', event_id: 'Ev1' }],
      ['a message without a channel', (() => { const e = messageEvent({ channel: 'X', user: 'U1', text: 'hi' }); delete (e.event as Record<string, unknown>).channel; return e; })()],
      ['a message without a user', messageEvent({ channel: 'CCUST', text: 'hi' })],
      ['a message without text', messageEvent({ channel: 'CCUST', user: 'UCUST' })],
      ['an event of an unknown type', { ...messageEvent({ channel: 'CCUST', user: 'UCUST', text: 'x' }), event: { type: 'made_up', ts: '1.1' } }],
      ['an empty envelope', {}],
    ])('Given %s, Then no 5xx and the bot keeps running', async (_name, envelope) => {
      const res = await h.slack.event(envelope);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('messages of 100 KB and odd characters', () => {
    test('Given a linked customer, When they send 100 KB with zero-width and RTL characters, Then it is stored cut to 8,000 characters and understood', async () => {
      await seed(h.bot, localCustomer('C-BIG', { contacts: [{ platform: 'local', address: 'chat-big', role: 'payer' }] }), [invoice('INV-BIG', 'C-BIG', '2026-12-08')]);
      const text = `${RLO}${ZWSP}`.repeat(10) + '下周五付款 '.repeat(20000);
      expect(text.length).toBeGreaterThan(100 * 1024);
      expect(await h.bot.runtime.services.inbound({ platform: 'local', address: 'chat-big', sender: 'chat-big', text, platformMessageId: 'big-1' })).toEqual({ accepted: true, customerId: 'C-BIG' });
      const seen = await waitFor('the message in the audit log', async () => (await h.bot.runtime.store.audit.forCustomer('C-BIG')).find((e) => e.kind === 'message_in'));
      expect([...String(seen.payload?.text)].length).toBe(8000);
      await waitFor('the mailbox to drain', async () => (await t.redis.llen(t.keys.mailbox('C-BIG'))) === 0);
    });
  });

  describe('mrkdwn injection in names and replies', () => {
    test('Given a customer named with <!channel> and a forged link, When they dispute with the same text, Then nothing posted to Slack carries a live mention or link', async () => {
      const { services } = h.bot.runtime;
      await seed(h.bot, localCustomer('C-EVIL', { name: HOSTILE, language: 'en', contacts: [{ platform: 'slack', address: 'CEVIL', role: 'payer' }] }), [invoice('INV-EVIL', 'C-EVIL', '2026-12-08')]);
      const res = await h.slack.event(messageEvent({ channel: 'CEVIL', user: 'UEVIL', text: `${HOSTILE} this invoice is wrong, we dispute it` }));
      expect(res.status).toBe(200);
      const alert = await waitFor('the alert', async () => h.fake.callsTo('chat.postMessage').find((c) => c.params.channel === ALERT_CHANNEL), 20000);
      // Slack reads mrkdwn in a message's text and in mrkdwn objects; plain_text (a confirm dialog) is shown literally.
      const mrkdwn: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (typeof v !== 'object' || v === null) return;
        const o = v as Record<string, unknown>;
        if (o.type === 'mrkdwn' && typeof o.text === 'string') mrkdwn.push(o.text);
        for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x);
      };
      for (const c of h.fake.callsTo('chat.postMessage')) {
        if (typeof c.params.text === 'string') mrkdwn.push(c.params.text);
        walk(c.params.blocks);
      }
      const posted = mrkdwn.join('\n');
      expect(alert).toBeDefined();
      expect(posted).toContain('&lt;!channel&gt;');
      expect(posted).not.toContain('<!channel>');
      expect(posted).not.toContain('<http://evil.example');
      const staff = await services.staffCommand('status C-EVIL', { platform: 'slack', id: 'USTAFF' });
      expect(staff.ok).toBe(true);
    });
  });

  describe('CSV files with hostile cells', () => {
    test('Given a zero-width space in an id, Then the file is refused naming the line and field, and nothing is written', async () => {
      const keysBefore = await invoiceKeys();
      const r = await importCsv(csv(`C9${ZWSP},Acme,INV-9,100,CNY,2026-03-01,2026-04-01,local,acme9,en,Asia/Shanghai,`), { runtime: h.bot.runtime });
      expect(r.refused).toBe(true);
      expect(r.errors[0]).toMatchObject({ line: 2, field: 'customer_id' });
      expect(await invoiceKeys()).toEqual(keysBefore);
    });
    test('Given a formula in a name and a direction override, Then imported as plain text; a reject file defuses the formula', async () => {
      const r = await importCsv(csv(`C-CSV,"=cmd|' /C calc'!A0 ${RLO}Acme",INV-CSV,100,CNY,2026-03-01,2026-04-01,local,acme-csv,en,Asia/Shanghai,`), { runtime: h.bot.runtime });
      expect(r.refused).toBe(false);
      expect((await h.bot.runtime.store.customers.get('C-CSV'))?.name).toBe("=cmd|' /C calc'!A0 Acme");
      const reject = rejectCsv(HEADER.split(','), [{ line: 2, input: {}, cells: ["=cmd|' /C calc'!A0", '@SUM(1+1)', '+1+2', '-2+3'] }], []);
      expect(reject).toContain(`'=cmd|' /C calc'!A0`);
      expect(reject).toContain(`'@SUM(1+1)`);
      expect(reject).toContain(`'+1+2`);
    });
  });

  describe('playbooks with mistakes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duebot-bad-playbook-'));
    test.each([
      ['broken YAML', 'name: x\nsteps:\n  - id: a\n   offset: 3\n', /line 4/],
      ['a step without an offset', 'name: x\nsteps:\n  - id: a\n    template: first_reminder\n', /offset/],
    ])('Given %s, When duebot flows check, Then it exits non-zero naming where', async (name, yaml, where) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
      writeFileSync(file, yaml);
      const r = await runCli(['flows', 'check', file], {});
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toMatch(where);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }, 60000);
  });
});
