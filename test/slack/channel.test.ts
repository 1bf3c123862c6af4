import { PlatformError } from '../../src/errors.js';
import type { OutboundMessage } from '../../src/runtime/ports.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { startSlackHarness, type SlackHarness } from './harness.js';

const reminder = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  messageId: `m-${Math.random().toString(36).slice(2)}`,
  customerId: 'C001',
  platform: 'slack',
  address: 'CCUST1',
  text: 'Hello ACME, invoice INV-1 (¥12,000.00) is due on 2026-12-04.',
  language: 'en',
  ...over,
});

describe('Slack adapter: messages to customers', () => {
  let t: TestRedis;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await testRedis('slack-channel');
    h = await startSlackHarness(t);
  });
  afterAll(async () => {
    await h.close();
    await t.cleanup();
  });
  beforeEach(() => h.fake.reset());

  test("Given a reminder for a customer's channel, When sent, Then chat.postMessage reaches that channel and the receipt carries Slack's ts", async () => {
    const receipt = await h.bundle.channel!.send(reminder({ address: 'CREMIND' }));
    const [call] = h.fake.callsTo('chat.postMessage');
    expect(call?.authorized).toBe(true);
    expect(call?.params).toMatchObject({ channel: 'CREMIND', text: 'Hello ACME, invoice INV-1 (¥12,000.00) is due on 2026-12-04.' });
    expect(call?.params.thread_ts).toBeUndefined();
    expect(receipt.platformMessageId).toMatch(/^\d+\.\d+$/);
  });

  test('Given a threadId, When sent, Then the answer goes into that thread', async () => {
    const receipt = await h.bundle.channel!.send(reminder({ address: 'CTHREAD', threadId: '1764900000.000100' }));
    expect(h.fake.callsTo('chat.postMessage')[0]?.params).toMatchObject({ channel: 'CTHREAD', thread_ts: '1764900000.000100' });
    expect(receipt.threadId).toBe('1764900000.000100');
  });

  test('Given a user id as the address, When sent twice, Then the DM is opened once and both messages go to it', async () => {
    await h.bundle.channel!.send(reminder({ address: 'UDMONLY' }));
    await h.bundle.channel!.send(reminder({ address: 'UDMONLY' }));
    expect(h.fake.callsTo('conversations.open').map((c) => c.params.users)).toEqual(['UDMONLY']);
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.params.channel)).toEqual(['DDMONLY', 'DDMONLY']);
  });

  test('Given a promise confirmation with buttons, When sent, Then they are Block Kit buttons that carry their id and value', async () => {
    await h.bundle.channel!.send(
      reminder({
        address: 'CBUTTONS',
        text: 'So you will pay on Friday 2026-12-11?',
        buttons: [
          { id: 'confirm_promise', label: "Yes, that's right", value: 'P-1', style: 'primary' },
          { id: 'change_date', label: 'Change date', value: 'P-1' },
        ],
      }),
    );
    const blocks = h.fake.callsTo('chat.postMessage')[0]?.params.blocks as Array<Record<string, unknown>>;
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'So you will pay on Friday 2026-12-11?' } });
    expect(blocks[1]).toMatchObject({
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'duebot-reply:confirm_promise', value: 'P-1', style: 'primary', text: { type: 'plain_text', text: "Yes, that's right" } },
        { type: 'button', action_id: 'duebot-reply:change_date', value: 'P-1', text: { type: 'plain_text', text: 'Change date' } },
      ],
    });
  });

  test('Given text with <!channel> and a forged link, When sent, Then &, < and > reach Slack as entities', async () => {
    await h.bundle.channel!.send(reminder({ address: 'CESCAPE', text: 'Hi <!channel> & see <https://evil.example|your invoice>' }));
    const call = h.fake.callsTo('chat.postMessage')[0]!;
    const expected = 'Hi &lt;!channel&gt; &amp; see &lt;https://evil.example|your invoice&gt;';
    expect(call.params.text).toBe(expected);
    expect((call.params.blocks as Array<{ text: { text: string } }>)[0]?.text.text).toBe(expected);
    expect(call.params.link_names).toBe('false');
  });

  test('Given Slack answers 429 with Retry-After 2, When sent, Then a retryable PlatformError with retryAfterMs 2000 is thrown, and the next try succeeds once', async () => {
    h.fake.rateLimit('chat.postMessage', 2);
    const msg = reminder({ address: 'CLIMITED' });
    const err = await h.bundle.channel!.send(msg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ platform: 'slack', retryable: true, retryAfterMs: 2000 });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1000)); // the channel's 1-per-second slot
    await expect(h.bundle.channel!.send(msg)).resolves.toMatchObject({ platformMessageId: expect.any(String) });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  test.each([
    ['channel_not_found', false],
    ['not_in_channel', false],
    ['is_archived', false],
    ['invalid_auth', false],
    ['internal_error', true],
    ['service_unavailable', true],
  ])('Given Slack answers %s, When sent, Then PlatformError retryable=%s', async (code, retryable) => {
    h.fake.failWith('chat.postMessage', code);
    const err = await h.bundle.channel!.send(reminder({ address: `CERR${code.toUpperCase().replace(/_/g, '')}` })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ retryable, message: `slack chat.postMessage: ${code}` });
  });

  test('Given two messages to one channel at once, When sent, Then the second waits for the channel slot (one per second)', async () => {
    const started = Date.now();
    await Promise.all([h.bundle.channel!.send(reminder({ address: 'CPACED' })), h.bundle.channel!.send(reminder({ address: 'CPACED' }))]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  test('Given an address that is neither a conversation nor a user, When sent, Then a final PlatformError and no call', async () => {
    await expect(h.bundle.channel!.send(reminder({ address: 'not-an-id' }))).rejects.toMatchObject({ retryable: false });
    expect(h.fake.calls).toHaveLength(0);
  });
});
