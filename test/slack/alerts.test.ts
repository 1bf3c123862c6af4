import { SlackAlertSink } from '../../adapters/slack/alert-sink.js';
import type { AlertView } from '../../src/runtime/ports.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { buttonClick } from '../support/slack-requests.js';
import { ALERT_CHANNEL, startSlackHarness, STAFF, type SlackHarness } from './harness.js';

const alert = (over: Partial<AlertView> = {}): AlertView => ({
  escalationId: 'E-1',
  customerId: 'C001',
  customerName: 'ACME <!channel> & Co',
  reason: 'broken_promise',
  severity: 'warning',
  status: 'open',
  invoices: [{ id: 'INV-1', amount: '¥12,000.00', dueDate: '2026-11-30' }],
  total: '¥12,000.00',
  quote: 'we will pay <https://evil.example|here>\nsoon',
  pendingApproval: false,
  history: [],
  ...over,
});

type Block = { type: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ action_id?: string; value?: string; text?: string | { text: string } }> };
const blocksOf = (params: Record<string, unknown>) => params.blocks as Block[];
const allText = (blocks: Block[]) => JSON.stringify(blocks);
/** Every mrkdwn text in the blocks: the only place Slack turns <!channel> or <url|label> into something live. */
const mrkdwnTexts = (node: unknown): string[] =>
  Array.isArray(node)
    ? node.flatMap(mrkdwnTexts)
    : typeof node === 'object' && node !== null
      ? [...((node as { type?: string }).type === 'mrkdwn' ? [String((node as { text?: string }).text)] : []), ...Object.values(node).flatMap(mrkdwnTexts)]
      : [];
const buttonIds = (blocks: Block[]) => blocks.find((b) => b.type === 'actions')?.elements?.map((e) => e.action_id) ?? [];

describe('Slack adapter: escalation alerts for staff', () => {
  let t: TestRedis;
  let h: SlackHarness;
  let sink: SlackAlertSink;
  beforeAll(async () => {
    t = await testRedis('slack-alerts');
    h = await startSlackHarness(t);
    sink = h.bundle.alertSink as SlackAlertSink;
  });
  afterAll(async () => {
    await h.close();
    await t.cleanup();
  });
  beforeEach(() => {
    h.fake.reset();
    h.services.actions.length = 0;
  });

  test('Given an escalation, When posted, Then the staff channel gets customer, invoices, amounts, reason, the quoted words escaped, and the buttons; the ts is stored', async () => {
    const { ref } = await sink.post(alert());
    const [call] = h.fake.callsTo('chat.postMessage');
    expect(call?.params.channel).toBe(ALERT_CHANNEL);
    const blocks = blocksOf(call!.params);
    const text = allText(blocks);
    expect(text).toContain('ACME &lt;!channel&gt; &amp; Co');
    expect(mrkdwnTexts(blocks).join('\n')).not.toMatch(/<!channel>|<https:/);
    expect(text).toContain('Broken promise');
    expect(text).toContain('INV-1 — ¥12,000.00 — due 2026-11-30');
    expect(text).toContain('>we will pay &lt;https://evil.example|here&gt;\\n>soon');
    expect(buttonIds(blocks)).toEqual(['duebot-alert:acknowledge', 'duebot-alert:assign_to_me', 'duebot-alert:snooze_1d', 'duebot-alert:mark_paid']);
    expect(ref).toMatch(new RegExp(`^${ALERT_CHANNEL}/\\d+\\.\\d+$`));
    expect(await h.services.getAlertRef('E-1', 'slack')).toBe(ref);
  });

  test('Given showAmounts false, When posted, Then no amount appears', async () => {
    await sink.post(alert({ escalationId: 'E-2', showAmounts: false }));
    const text = allText(blocksOf(h.fake.callsTo('chat.postMessage')[0]!.params));
    expect(text).not.toContain('12,000');
    expect(text).toContain('INV-1');
  });

  test('Given a formal notice awaiting approval, When posted, Then "Approve formal notice" is offered, with a confirmation', async () => {
    await sink.post(alert({ escalationId: 'E-3', pendingApproval: true }));
    const blocks = blocksOf(h.fake.callsTo('chat.postMessage')[0]!.params);
    expect(buttonIds(blocks)).toContain('duebot-alert:approve_notice');
    expect(allText(blocks)).toContain('Send the formal notice?');
  });

  test('Given a staff member clicks Acknowledge, When Slack delivers the click, Then alertAction is called and the message is updated in place showing who did it', async () => {
    h.services.alerts.set('E-10', alert({ escalationId: 'E-10' }));
    const { ref } = await sink.post(h.services.alerts.get('E-10')!);
    const ts = ref!.split('/')[1]!;
    h.fake.reset();
    const res = await h.slack.interaction(
      buttonClick({ user: { id: STAFF, name: 'mei' }, channel: ALERT_CHANNEL, message: { ts }, action: { action_id: 'duebot-alert:acknowledge', value: 'E-10', label: 'Acknowledge' } }),
    );
    expect(res.status).toBe(200);
    const [update] = await h.fake.waitFor('chat.update');
    expect(h.services.actions).toEqual([{ escalationId: 'E-10', action: 'acknowledge', actor: { platform: 'slack', id: STAFF, name: 'mei' } }]);
    expect(update?.params).toMatchObject({ channel: ALERT_CHANNEL, ts });
    const blocks = blocksOf(update!.params);
    expect(allText(blocks)).toContain('mei: acknowledge');
    expect(allText(blocks)).toContain('Acknowledged');
    expect(buttonIds(blocks)).not.toContain('duebot-alert:acknowledge');
  });

  test('Given someone not on the staff list clicks Mark paid, When the click arrives, Then an ephemeral refusal, no action, no update', async () => {
    h.services.alerts.set('E-11', alert({ escalationId: 'E-11' }));
    const res = await h.slack.interaction(
      buttonClick({ user: { id: 'UCUST1' }, channel: ALERT_CHANNEL, message: { ts: '1764900000.000100' }, action: { action_id: 'duebot-alert:mark_paid', value: 'E-11', label: 'Mark paid' } }),
    );
    expect(res.status).toBe(200);
    const [ephemeral] = await h.fake.waitFor('chat.postEphemeral');
    expect(ephemeral?.params).toMatchObject({ channel: ALERT_CHANNEL, user: 'UCUST1', text: expect.stringMatching(/^Sorry/) });
    expect(h.services.actions).toHaveLength(0);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  test("Given a posted alert, When a note comes for its thread, Then it is posted in the thread, escaped", async () => {
    const { ref } = await sink.post(alert({ escalationId: 'E-12' }));
    await new Promise((r) => setTimeout(r, 1000)); // the channel's 1-per-second slot
    await sink.note(alert({ escalationId: 'E-12' }), ref!, 'ACME replied: <!channel> paid today');
    const note = h.fake.callsTo('chat.postMessage')[1];
    expect(note?.params).toMatchObject({ channel: ALERT_CHANNEL, thread_ts: ref!.split('/')[1], text: 'ACME replied: &lt;!channel&gt; paid today' });
  });

  test('Given an alert that never reached Slack, When a note comes, Then it stands alone in the staff channel, naming the customer', async () => {
    await sink.note(alert({ escalationId: 'E-13', customerName: 'ACME' }), null, 'paid today');
    const note = h.fake.callsTo('chat.postMessage')[0];
    expect(note?.params).toMatchObject({ channel: ALERT_CHANNEL, text: '*ACME*: paid today' });
    expect(note?.params.thread_ts).toBeUndefined();
  });

  test('Given a customer clicks "Yes, that\'s right" under a confirmation, When the click arrives, Then it is an InboundMessage with the action and the buttons give way to the choice', async () => {
    h.services.inbounds.length = 0;
    const confirmation = { ts: '1764900200.000300', thread_ts: '1764900000.000100', text: 'Friday?', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Friday?' } }, { type: 'actions', elements: [] }] };
    const click = buttonClick({ user: { id: 'UCUST1', name: 'li' }, channel: 'CCUST1', message: confirmation, action: { action_id: 'duebot-reply:confirm_promise', value: 'P-1', label: "Yes, that's right" } });
    const res = await h.slack.interaction(click);
    expect(res.status).toBe(200);
    expect(h.services.inbounds).toEqual([
      expect.objectContaining({
        platform: 'slack',
        address: 'CCUST1',
        sender: 'UCUST1',
        text: "Yes, that's right",
        threadId: '1764900000.000100',
        action: { id: 'confirm_promise', value: 'P-1' },
      }),
    ]);
    const [update] = await h.fake.waitFor('chat.update');
    expect(buttonIds(blocksOf(update!.params))).toEqual([]);
    expect(allText(blocksOf(update!.params))).toContain("<@UCUST1>: Yes, that's right");
    await h.slack.interaction(click);
    expect(h.services.inbounds).toHaveLength(1);
  });
});
