import { testRedis, type TestRedis } from '../support/redis.js';
import { messageEvent } from '../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from './harness.js';

describe('Slack adapter: customer messages in', () => {
  let t: TestRedis;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await testRedis('slack-events');
    h = await startSlackHarness(t);
  });
  afterAll(async () => {
    await h.close();
    await t.cleanup();
  });
  beforeEach(() => {
    h.services.inbounds.length = 0;
    h.fake.reset();
  });

  test('Given a customer writes in their channel, When Slack delivers the event, Then services.inbound gets the InboundMessage and Slack gets 200', async () => {
    const res = await h.slack.event(messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: '下周五付款', ts: '1764900000.000100' }));
    expect(res.status).toBe(200);
    expect(h.services.inbounds).toEqual([
      {
        platform: 'slack',
        address: 'CCUST1',
        sender: 'UCUST1',
        senderName: 'User UCUST1',
        text: '下周五付款',
        platformMessageId: '1764900000.000100',
        threadId: '1764900000.000100',
        receivedAt: '2025-12-05T02:00:00.000Z',
      },
    ]);
  });

  test('Given a reply inside a thread of a DM, When it arrives, Then the thread is kept and the address is the DM id', async () => {
    await h.slack.event(messageEvent({ channel: 'DCUST2', channel_type: 'im', user: 'UCUST2', text: 'wire goes out Friday', ts: '1764900100.000200', thread_ts: '1764900000.000100' }));
    expect(h.services.inbounds).toHaveLength(1);
    expect(h.services.inbounds[0]).toMatchObject({ address: 'DCUST2', sender: 'UCUST2', threadId: '1764900000.000100', platformMessageId: '1764900100.000200' });
  });

  test('Given Slack retries an event (same event_id, x-slack-retry-num: 1), When both arrive, Then it is handled once and both get 200', async () => {
    const envelope = messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: 'paid yesterday', event_id: 'EvRETRY1' });
    const first = await h.slack.event(envelope);
    const retry = await h.slack.event(envelope, { retryNum: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(h.services.inbounds).toHaveLength(1);
  });

  test('Given the same event reaches two deliveries at once, When they race, Then exactly one is handled', async () => {
    const envelope = messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: 'ok', event_id: 'EvRACE1' });
    const answers = await Promise.all([h.slack.event(envelope), h.slack.event(envelope, { retryNum: 1 }), h.slack.event(envelope, { retryNum: 2 })]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.services.inbounds).toHaveLength(1);
  });

  test.each([
    ['an edit', { subtype: 'message_changed' }],
    ['a deletion', { subtype: 'message_deleted' }],
    ['a join', { subtype: 'channel_join', text: '<@UCUST1> has joined the channel' }],
    ['another bot', { subtype: 'bot_message', bot_id: 'BOTHER' }],
    ["the bot's own message", { user: 'UBOT', bot_id: 'BBOT' }],
    ["the bot's own user without bot_id", { user: 'UBOT' }],
  ])('Given %s, When it arrives, Then nothing is queued', async (_what, fields) => {
    const res = await h.slack.event(messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: 'something', ...fields }));
    expect(res.status).toBe(200);
    expect(h.services.inbounds).toHaveLength(0);
  });

  test.each([
    ['unsigned', { signing: 'none' as const }],
    ['wrongly signed', { signing: 'wrong' as const }],
    ['6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('Given a %s request, When it arrives, Then it is rejected and nothing is recorded', async (_what, opts) => {
    const res = await h.slack.event(messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: '下周五付款', event_id: 'EvFORGED' }), opts);
    expect(res.status).toBe(401);
    expect(h.services.inbounds).toHaveLength(0);
    expect(h.fake.calls).toHaveLength(0);
    expect(await t.redis.exists(t.keys.dedup('slack-event', 'EvFORGED'))).toBe(0);
  });

  test("Given Slack's URL verification challenge, When it arrives signed, Then the challenge is echoed", async () => {
    const res = await h.slack.event({ type: 'url_verification', token: 'x', challenge: 'c-123' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });

  test('Given a file with a comment (a remittance slip), When it arrives, Then it is queued with the attachment', async () => {
    const envelope = messageEvent({ channel: 'CCUST1', user: 'UCUST1', text: 'slip attached', subtype: 'file_share' });
    (envelope.event as Record<string, unknown>).files = [{ id: 'F1', name: 'slip.png', mimetype: 'image/png' }];
    await h.slack.event(envelope);
    expect(h.services.inbounds[0]?.attachment).toEqual({ kind: 'image', name: 'slip.png', ref: 'F1' });
  });
});
