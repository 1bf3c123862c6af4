import { jest } from '@jest/globals';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/index.js';
import type { Running } from '../../src/app/start.js';
import { FakeSlack, type FakeSlackCall } from '../support/fake-slack.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { buttonClick, messageEvent, slashCommand, SlackSender } from '../support/slack-requests.js';
import { invoice, localCustomer, seed, startTestBot, waitFor } from '../runtime/helpers.js';

const SIGNING_SECRET = 'e2e-signing-secret-0123456789';
const CUSTOMER_CHANNEL = 'C0CUSTOMER';
const CUSTOMER_USER = 'UCUSTOMER';
const ALERT_CHANNEL = 'C0ALERTS';
const STAFF_USER = 'USTAFF';

interface Block {
  type: string;
  elements?: Array<{ action_id?: string; value?: string; text?: { text?: string } | string }>;
}

const blocksOf = (call: FakeSlackCall) => (call.params.blocks ?? []) as Block[];
const buttonIds = (call: FakeSlackCall) => blocksOf(call).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const posts = (fake: FakeSlack, channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Slack through the whole bot: startDuebot with DUEBOT_ADAPTERS=local,slack, real Bolt on the bot's
 * own port, the real runtime, engine and understanding on Redis, and a fake Slack Web API on
 * loopback. Time is simulated (10 minutes per real second) from 2026-12-01 08:55 in Shanghai.
 */
describe('Slack end to end through the runtime', () => {
  let t: TestRedis;
  let fake: FakeSlack;
  let bot: Running;
  let slack: SlackSender;

  /** Nothing waiting, running or delayed in the outbox and alerts queues, so the next Slack call is ours. */
  const quiet = async () => {
    await waitFor('the queues to settle', async () => {
      const [outbox, alerts] = await Promise.all([
        bot.runtime.queues.outbox.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
        bot.runtime.queues.alerts.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
      ]);
      return Object.values(outbox).every((n) => n === 0) && Object.values(alerts).every((n) => n === 0);
    });
  };

  beforeAll(async () => {
    t = await testRedis('slack-e2e');
    fake = await FakeSlack.start();
    bot = await startTestBot(t, {
      DUEBOT_ADAPTERS: 'local,slack',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_ALERT_CHANNEL: ALERT_CHANNEL,
      SLACK_STAFF_USERS: STAFF_USER,
      DUEBOT_CLOCK_START: '2026-12-01T08:55:00+08:00',
      DUEBOT_CLOCK_SPEED: '600',
    });
    slack = new SlackSender(`http://127.0.0.1:${bot.port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET);
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
    await t.cleanup();
  });

  test('Given a customer linked to a Slack channel, When the invoice is imported, Then the first reminder is posted to that channel', async () => {
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    await seed(bot, localCustomer('C1', { contacts: [{ platform: 'slack', address: CUSTOMER_CHANNEL, role: 'payer' }] }), [invoice('INV-1', 'C1', '2026-12-08')]);
    const [reminder] = await waitFor('the first reminder', async () => {
      const p = posts(fake, CUSTOMER_CHANNEL);
      return p.length ? p : null;
    });
    expect(reminder!.authorized).toBe(true);
    expect(reminder!.params.text).toContain('INV-1');
    expect(reminder!.params.thread_ts).toBeUndefined();
    // The evidence log is written right after Slack answers.
    const out = await waitFor('the reminder in the evidence log', async () => {
      const o = (await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_out');
      return o.length ? o : null;
    });
    expect(out).toHaveLength(1);
  });

  const promiseTs = '1796000000.000100';
  const promiseEvent = messageEvent({ channel: CUSTOMER_CHANNEL, user: CUSTOMER_USER, text: '下周五付款', ts: promiseTs, event_id: 'EvPROMISE1' });

  test('Given the reminder, When the customer writes "下周五付款" in the channel, Then the promise is recorded and confirmed in the thread with confirm/change buttons', async () => {
    await quiet();
    const res = await slack.event(promiseEvent);
    expect(res.status).toBe(200);
    const c = await waitFor('the promise', async () => {
      const cs = await bot.runtime.store.cases.get('C1');
      return cs?.promises.length ? cs : null;
    });
    expect(c.promises[0]).toMatchObject({ date: '2026-12-11', status: 'pending' });
    const confirmation = await waitFor('the confirmation in the thread', async () => posts(fake, CUSTOMER_CHANNEL).find((p) => p.params.thread_ts === promiseTs));
    expect(confirmation.params.text).toMatch(/12月11日/);
    expect(buttonIds(confirmation)).toEqual(['duebot-reply:confirm_promise', 'duebot-reply:change_date']);
  });

  test('Given the promise was handled, When Slack retries the same event (x-slack-retry-num: 1), Then it is acknowledged and there is still one reply only', async () => {
    const retry = await slack.event(promiseEvent, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await sleep(1500);
    await quiet();
    expect(posts(fake, CUSTOMER_CHANNEL).filter((p) => p.params.thread_ts === promiseTs)).toHaveLength(1);
    const heard = (await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_in' && a.platformMessageId === promiseTs);
    expect(heard).toHaveLength(1);
    expect((await bot.runtime.store.cases.get('C1'))?.promises).toHaveLength(1);
  });

  test('Given the runtime fails to take a message in, When Slack redelivers the event, Then the redelivery is handled, not dropped as a duplicate', async () => {
    await quiet();
    const services = bot.runtime.services;
    const inbound = jest.spyOn(services, 'inbound').mockRejectedValueOnce(new Error('inbound queue unavailable'));
    try {
      const ts = '1796000100.000100';
      const envelope = messageEvent({ channel: CUSTOMER_CHANNEL, user: CUSTOMER_USER, text: '收到,谢谢', ts, event_id: 'EvFLAKY1' });
      const first = await slack.event(envelope);
      expect(first.status).toBeGreaterThanOrEqual(500);
      expect(await t.redis.exists(t.keys.dedup('slack-event', 'EvFLAKY1'))).toBe(0);
      const retry = await slack.event(envelope, { retryNum: 1 });
      expect(retry.status).toBe(200);
      expect(inbound).toHaveBeenCalledTimes(2);
      const heard = (await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_in' && a.platformMessageId === ts);
      expect(heard).toHaveLength(1);
      await waitFor('the engine to read it', async () => (await bot.runtime.store.audit.forCustomer('C1')).some((a) => a.kind === 'reply' && (a.payload as { messageId?: string }).messageId === ts));
      await quiet();
    } finally {
      inbound.mockRestore();
    }
  });

  test('Given a customer (not staff), When they type `/duebot paid INV-1`, Then they are refused and the invoice is unchanged', async () => {
    const before = await bot.runtime.store.invoices.get('INV-1');
    const auditBefore = (await bot.runtime.store.audit.forCustomer('C1')).length;
    const res = await slack.command(slashCommand({ text: 'paid INV-1', user_id: CUSTOMER_USER, channel_id: CUSTOMER_CHANNEL, response_url: fake.responseUrl('cmd-1') }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type?: string; text?: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/收款团队|collections team/);
    await sleep(300);
    expect(await bot.runtime.store.invoices.get('INV-1')).toEqual(before);
    expect(before).toMatchObject({ amountPaid: 0 });
    expect(await bot.runtime.store.audit.forCustomer('C1')).toHaveLength(auditBefore);
    expect(fake.callsTo('response_url')).toHaveLength(0);
  });

  let alert: FakeSlackCall;

  test('Given the customer disputes ("货有质量问题"), When the reply is read, Then an alert with staff buttons is posted to SLACK_ALERT_CHANNEL', async () => {
    await quiet();
    const res = await slack.event(messageEvent({ channel: CUSTOMER_CHANNEL, user: CUSTOMER_USER, text: '货有质量问题', event_id: 'EvDISPUTE1' }));
    expect(res.status).toBe(200);
    alert = await waitFor('the alert', async () => posts(fake, ALERT_CHANNEL)[0]);
    expect(JSON.stringify(alert.params.blocks)).toContain('货有质量问题');
    expect(buttonIds(alert)).toEqual(expect.arrayContaining(['duebot-alert:acknowledge', 'duebot-alert:assign_to_me']));
    const c = await bot.runtime.store.cases.get('C1');
    expect(c?.escalations.filter((e) => e.status === 'open')).toHaveLength(1);
  });

  test('Given the alert, When a staff member clicks Acknowledge, Then the escalation is acknowledged in the store and the alert is updated to show who', async () => {
    const button = blocksOf(alert)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'duebot-alert:acknowledge')!;
    const escalationId = button.value!;
    const alertTs = (await bot.runtime.store.escalations.getRef(escalationId, 'slack'))!.split('/')[1]!;
    const res = await slack.interaction(
      buttonClick({
        user: { id: STAFF_USER, name: 'lin.wei' },
        channel: ALERT_CHANNEL,
        message: { ts: alertTs, blocks: alert.params.blocks as unknown[] },
        action: { action_id: 'duebot-alert:acknowledge', value: escalationId, label: 'Acknowledge' },
      }),
    );
    expect(res.status).toBe(200);
    const update = await waitFor('the alert redrawn', async () => fake.callsTo('chat.update').find((u) => u.params.channel === ALERT_CHANNEL && u.params.ts === alertTs));
    expect(JSON.stringify(update.params.blocks)).toContain('lin.wei');
    const escalation = (await bot.runtime.store.cases.get('C1'))?.escalations.find((e) => e.id === escalationId);
    expect(escalation?.status).toBe('acknowledged');
  });

  test('Given Slack answers chat.postMessage with 429 Retry-After 2, When a rep sends a message through the bot, Then the outbox waits and the message is posted once', async () => {
    await quiet();
    fake.reset();
    fake.rateLimit('chat.postMessage', 2);
    const res = await slack.command(slashCommand({ text: 'say C1 请查收对账单', user_id: STAFF_USER, user_name: 'lin.wei', response_url: fake.responseUrl('cmd-2') }));
    expect(res.status).toBe(200);
    const calls = await waitFor(
      'the send after the wait',
      async () => {
        const p = posts(fake, CUSTOMER_CHANNEL);
        return p.length >= 2 ? p : null;
      },
      15000,
    );
    await sleep(1500);
    await quiet();
    const sent = posts(fake, CUSTOMER_CHANNEL);
    expect(sent).toHaveLength(2);
    expect(sent.every((p) => String(p.params.text).includes('请查收对账单'))).toBe(true);
    expect(calls[0]!.params).toEqual(calls[1]!.params);
    // Retry-After 2: the second try comes two seconds after the first, not at once.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1900);
    const out = (await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_out' && String((a.payload as { text: string }).text).includes('请查收对账单'));
    expect(out).toHaveLength(1);
  });
});
