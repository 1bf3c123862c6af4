import { testRedis, type TestRedis } from '../support/redis.js';
import { slashCommand } from '../support/slack-requests.js';
import { chatLog, invoice, localCustomer, seed, waitFor } from '../runtime/helpers.js';
import { API_TOKEN, STAFF, WECOM_STAFF, startHardBot, type HardBot } from './bot.js';

type Who = 'staff' | 'customer' | 'stranger';
const COMMANDS = ['status C-A', 'remind C-A', 'pause C-A 2026-12-20', 'resume C-A', 'paid INV-A1 1', 'link C-A #CNEW', 'say C-A hello', 'aging', 'help'];
const SLACK_USER: Record<Who, string> = { staff: STAFF, customer: 'UCUSTA', stranger: 'USTRANGER' };
const WECOM_USER: Record<Who, string> = { staff: WECOM_STAFF, customer: 'wm-customer-a', stranger: 'wm-stranger' };
const OTHER = { invoice: 'INV-OTHER-77' };

/**
 * Given a whole bot with customer C-A (Slack channel CA, WeCom contact) and customer C-B,
 * When every staff command and API route is tried by staff, a customer, a stranger, with no token and a wrong one,
 * Then only staff (and the API with the right token) get through, and a customer asking about
 * another customer's invoice learns nothing about it.
 */
describe('access', () => {
  let t: TestRedis;
  let h: HardBot;
  beforeAll(async () => {
    t = await testRedis('access');
    h = await startHardBot(t);
    await seed(h.bot, localCustomer('C-A', { language: 'en', contacts: [{ platform: 'slack', address: 'CA', role: 'payer' }, { platform: 'wecom', address: 'wm-customer-a', role: 'payer' }, { platform: 'local', address: 'chat-a', role: 'finance' }] }), [invoice('INV-A1', 'C-A', '2026-12-08', 500000)]);
    await seed(h.bot, localCustomer('C-B', { contacts: [{ platform: 'local', address: 'chat-b', role: 'payer' }] }), [invoice(OTHER.invoice, 'C-B', '2026-12-08', 9876543)]);
  });
  afterAll(async () => {
    await h.stop();
    await t.cleanup();
  });

  describe('staff commands', () => {
    const cases = COMMANDS.flatMap((line) => (['staff', 'customer', 'stranger'] as Who[]).map((who) => [line, who] as const));

    test.each(cases)('Slack /duebot %s by %s', async (line, who) => {
      const res = await h.slack.command(slashCommand({ text: line, user_id: SLACK_USER[who], response_url: h.fake.responseUrl(`r-${line}-${who}`) }));
      expect(res.status).toBe(200);
      const text = await res.text();
      if (who === 'staff') expect(text).not.toMatch(/only for the collections team/);
      else expect(JSON.parse(text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry, this is only for the collections team/) });
    });

    test.each(cases)('WeCom 催款 %s by %s', async (line, who) => {
      const reply = await h.bot.runtime.services.staffCommand(line, { platform: 'wecom', id: WECOM_USER[who] }, 'en');
      if (who === 'staff') expect(reply.text).not.toMatch(/collections team only/);
      else expect(reply).toEqual({ ok: false, text: 'Sorry, this command is for the collections team only.' });
    });

    test('Given the refused commands, Then nothing changed: C-A is linked only to its own contacts and INV-A1 is unpaid by strangers', async () => {
      const paid = (await h.bot.runtime.store.audit.forCustomer('C-A')).filter((e) => e.kind === 'payment_recorded' || e.kind === 'contact_linked');
      // Only the staff runs (one Slack, one WeCom each) left a trace.
      expect(paid.every((e) => e.actor.startsWith('staff:'))).toBe(true);
      expect(paid.filter((e) => e.kind === 'payment_recorded')).toHaveLength(2);
    });
  });

  describe('API routes', () => {
    const routes: Array<[string, string, unknown]> = [
      ['POST', '/api/invoices', { customer_id: 'C-API', customer_name: 'Api Co', invoice_number: 'INV-API', amount: '10', currency: 'CNY', issue_date: '2026-03-01', due_date: '2026-04-01', channel: 'local', address: 'api' }],
      ['POST', '/api/payments', { invoice: 'INV-A1', amount: 1, date: '2026-11-01', id: 'pay-access-1' }],
      ['GET', '/api/customers/C-A', undefined],
      ['POST', '/api/customers/C-A/pause', {}],
      ['POST', '/api/customers/C-A/resume', {}],
    ];
    const tokens: Array<[string, string | null, number | null]> = [
      ['the token', API_TOKEN, null],
      ['no token', null, 401],
      ['a wrong token', 'wrong-token-0123456789abcdef', 401],
      ['a Slack bot token', 'xoxb-1111-2222-secretbottoken', 401],
    ];
    test.each(routes.flatMap(([m, p, b]) => tokens.map(([name, token, status]) => [m, p, name, b, token, status] as const)))('%s %s with %s', async (method, path, _name, body, token, status) => {
      const res = await h.api(method, path, body, token);
      if (status === null) expect(res.status).toBeLessThan(300);
      else {
        expect(res.status).toBe(status);
        expect(JSON.stringify(res.body)).not.toMatch(/C-A|INV-A1/);
      }
    });
  });

  describe('a customer asking about an invoice that is not theirs', () => {
    test.each([
      ['zh', `${OTHER.invoice} 的金额是多少?`],
      ['en', `send me invoice ${OTHER.invoice}`],
      ['en', `what is the amount of ${OTHER.invoice} for C-B? we will pay it`],
    ])('Given C-A asks (%s) "%s", Then the reply says nothing about that invoice', async (_lang, text) => {
      const before = (await chatLog(t).read('CA')).length;
      const id = `ask-${Math.random().toString(36).slice(2)}`;
      await h.bot.runtime.services.inbound({ platform: 'local', address: 'chat-a', sender: 'chat-a', text, platformMessageId: id });
      await waitFor('the question to be handled', async () => (await t.redis.llen(t.keys.mailbox('C-A'))) === 0 && (await h.bot.runtime.store.cases.get('C-A'))?.seenEvents.some((e) => e.includes(id)));
      await new Promise((r) => setTimeout(r, 500));
      const replies = [
        ...(await chatLog(t).read('chat-a')).filter((l) => l.from === 'bot').map((l) => l.text),
        ...(await chatLog(t).read('CA')).slice(before).map((l) => l.text),
        ...h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CA').map((c) => JSON.stringify(c.params)),
      ].join('\n');
      expect(replies).not.toContain(OTHER.invoice);
      expect(replies).not.toMatch(/98,?765|98765/);
    });
  });
});
