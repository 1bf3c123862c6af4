import { testRedis, type TestRedis } from '../support/redis.js';
import { messageEvent, slashCommand } from '../support/slack-requests.js';
import { invoice, localCustomer, seed, waitFor } from '../runtime/helpers.js';
import { API_TOKEN, SIGNING_SECRET, SLACK_TOKEN, STAFF, startHardBot, type HardBot } from './bot.js';

const WEBHOOK_KEY = 'a1b2c3d4-e5f6-7788-99aa-bbccddeeff00';
const SECRETS = [SLACK_TOKEN, API_TOKEN, SIGNING_SECRET, WEBHOOK_KEY, 'wrong-token-fedcba9876543210'];
const PHONES = ['13812345678', '+86 138 1234 5678', '138-1234-5678'];
const BODIES = ['BODY-SECRET-PHRASE', 'BODY-SAY-PHRASE', 'BODY-API-PHRASE'];

/**
 * Given a bot logging at debug level into a captured stream,
 * When a customer writes (with phone numbers) through Slack and the local page, staff use /duebot say,
 * the API is called with right and wrong tokens, and Slack refuses a send,
 * Then no token, phone number or message text appears in the log.
 */
describe('logs', () => {
  let t: TestRedis;
  let h: HardBot;
  beforeAll(async () => {
    t = await testRedis('logs');
    h = await startHardBot(t, { logLevel: 'debug', env: { WECOM_WEBHOOK_URL: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WEBHOOK_KEY}` } });
  });
  afterAll(async () => {
    await h.stop();
    await t.cleanup();
  });

  test('Given a busy scenario at debug level, Then tokens, phone numbers and bodies are redacted', async () => {
    await seed(h.bot, localCustomer('C-L', { name: 'Phone Co 13812345678', contacts: [{ platform: 'slack', address: 'CL', role: 'payer' }, { platform: 'local', address: 'chat-l', role: 'finance' }] }), [invoice('INV-L', 'C-L', '2026-12-08')]);
    h.fake.failWith('chat.postMessage', 'channel_not_found', 2);
    await h.slack.event(messageEvent({ channel: 'CL', user: 'UCL', text: `BODY-SECRET-PHRASE call me on ${PHONES[1]} or ${PHONES[0]}, we dispute this` }));
    await fetch(`${h.base}/local/chats/chat-l`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` }, body: JSON.stringify({ text: `下周五付款 BODY-SECRET-PHRASE ${PHONES[2]}` }) });
    await h.slack.command(slashCommand({ text: `say C-L BODY-SAY-PHRASE please call ${PHONES[0]}`, user_id: STAFF, response_url: h.fake.responseUrl('say') }));
    await h.api('POST', '/api/invoices', { customer_id: 'C-L2', customer_name: 'BODY-API-PHRASE 13812345678', invoice_number: 'INV-L2', amount: 'x', currency: 'CNY', issue_date: '2026-03-01', due_date: '2026-04-01', channel: 'local', address: 'l2' });
    await h.api('GET', '/api/customers/C-L', undefined, 'wrong-token-fedcba9876543210');
    await waitFor('the messages to be handled', async () => (await t.redis.llen(t.keys.mailbox('C-L'))) === 0 && (await h.bot.runtime.store.cases.get('C-L'))?.promises.length);
    await new Promise((r) => setTimeout(r, 1000));

    const log = h.logLines.join('');
    console.log(`${h.logLines.length} log lines at debug level, checked for ${SECRETS.length + PHONES.length + BODIES.length} secrets, phones and bodies`);
    expect(h.logLines.length).toBeGreaterThan(3);
    const leaks = [...SECRETS, ...PHONES, ...BODIES].filter((s) => log.includes(s));
    if (leaks.length) console.log(h.logLines.filter((l) => leaks.some((s) => l.includes(s))).slice(0, 5).join(''));
    expect(leaks).toEqual([]);
  });
});
